import {
	apiCreateRouteWithLocation,
	createThreadFromJson
} from '#lib/server/discussions/discussions-api.http.ts';
import {
	clusterSlugOf,
	discussionContext,
	pageQuerySchema
} from '#lib/server/discussions/discussions-form.http.ts';
import { listThreads } from '#lib/server/discussions/threads.service.ts';
import { apiRoute } from '#lib/server/http/api.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import type { RequestHandler } from './$types';

/** A cluster's threads the caller may see, pinned first, then by last activity: `?page=`. */
export const GET: RequestHandler = apiRoute(async ({ locals, params, url }) => {
	const { page } = parseQuery(pageQuerySchema, url.searchParams);
	return listThreads(locals, clusterSlugOf(params), page);
});

/**
 * Starts a thread (members of the cluster, with a read-write token; announcements: its
 * coordinators): `{"title","body","kind":"discussion"|"announcement"}`. 201 with the thread and
 * its address in `Location`; a newcomer's first post with links is `held` for review.
 */
export const POST: RequestHandler = apiCreateRouteWithLocation(({ locals, params, request }) =>
	createThreadFromJson(discussionContext(locals), clusterSlugOf(params), request)
);
