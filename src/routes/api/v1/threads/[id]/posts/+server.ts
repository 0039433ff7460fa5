import {
	apiCreateRouteWithLocation,
	idParam,
	replyFromJson
} from '#lib/server/discussions/discussions-api.http.ts';
import {
	discussionContext,
	pageQuerySchema
} from '#lib/server/discussions/discussions-form.http.ts';
import { getThread } from '#lib/server/discussions/threads.service.ts';
import { apiRoute } from '#lib/server/http/api.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import type { RequestHandler } from './$types';

/** One page of the thread's posts the caller may see, oldest first: `?page=`. */
export const GET: RequestHandler = apiRoute(async ({ locals, params, url }) => {
	const { page } = parseQuery(pageQuerySchema, url.searchParams);
	return (await getThread(locals, { threadId: idParam(params, 'id') }, page)).posts;
});

/**
 * Replies (members of the cluster, with a read-write token): `{"body"}`. 201 with the post and
 * its address in `Location`; 409 when the thread is locked.
 */
export const POST: RequestHandler = apiCreateRouteWithLocation(({ locals, params, request }) =>
	replyFromJson(discussionContext(locals), idParam(params, 'id'), request)
);
