import { suggestNeedTagsForQuery } from '#lib/server/brokering/need-tag-suggestions.service.ts';
import { apiRoute } from '#lib/server/http/api.ts';
import { requestOrigin } from '#lib/server/http/session-cookie.ts';
import { apiWriteLimiter } from '#lib/server/runtime.ts';
import type { RequestHandler } from './$types';

/**
 * Sectors and SDGs suggested for a need's text as its requester types:
 * `?lang=fr&text=…&ui=en` (the text's language, the text — 2,000 characters at most — and the
 * language of the names) answers `{"sectors":[{slug,name,score}],"sdgs":[{number,name,score}]}`.
 * Public, like the reference data it reads; limited per account or address with the write
 * budget's rate (60 a minute: the form asks at most once per pause in typing).
 */
export const GET: RequestHandler = apiRoute(async (event) => {
	const { locals } = event;
	const who =
		locals.actor.kind === 'user' ? `user:${locals.actor.userId}` : requestOrigin(event).ip;
	await apiWriteLimiter().enforce(`need-tag-suggestions:${who}`);
	return suggestNeedTagsForQuery(locals, event.url.searchParams);
});
