import { idParam } from '#lib/server/discussions/discussions-api.http.ts';
import { getPost } from '#lib/server/discussions/threads.service.ts';
import { apiRoute } from '#lib/server/http/api.ts';
import type { RequestHandler } from './$types';

/** One post of a thread, if the caller may see it (404 otherwise). */
export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await getPost(locals, idParam(params, 'id'), idParam(params, 'post'))
}));
