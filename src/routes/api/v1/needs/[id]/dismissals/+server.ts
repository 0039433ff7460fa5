import { brokeringContext, needIdOf } from '#lib/server/brokering/brokering-form.http.ts';
import { readJsonObject, apiRoute } from '#lib/server/http/api.ts';
import { dismissMatch, restoreMatch } from '#lib/server/brokering/connections.service.ts';
import { listDismissedMatches } from '#lib/server/brokering/need-connections.service.ts';
import type { RequestHandler } from './$types';

/** The matches set aside on the need, by key. Its people and curators. */
export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await listDismissedMatches(locals, needIdOf(params))
}));

/** Sets a match aside: `{"target":"provider:4"}`. */
export const POST: RequestHandler = apiRoute(async ({ locals, params, request }) => ({
	data: await dismissMatch(
		brokeringContext(locals),
		needIdOf(params),
		await readJsonObject(request)
	)
}));

/** Brings a match back: `?target=provider:4`. */
export const DELETE: RequestHandler = apiRoute(async ({ locals, params, url }) => ({
	data: await restoreMatch(brokeringContext(locals), needIdOf(params), {
		target: url.searchParams.get('target') ?? ''
	})
}));
