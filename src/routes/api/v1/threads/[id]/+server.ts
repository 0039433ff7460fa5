import { idParam } from '#lib/server/discussions/discussions-api.http.ts';
import { pageQuerySchema } from '#lib/server/discussions/discussions-form.http.ts';
import { getThread } from '#lib/server/discussions/threads.service.ts';
import { apiRoute } from '#lib/server/http/api.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import type { RequestHandler } from './$types';

/** A thread with one page of the posts the caller may see, oldest first: `?page=`. */
export const GET: RequestHandler = apiRoute(async ({ locals, params, url }) => {
	const { page } = parseQuery(pageQuerySchema, url.searchParams);
	return { data: await getThread(locals, { threadId: idParam(params, 'id') }, page) };
});
