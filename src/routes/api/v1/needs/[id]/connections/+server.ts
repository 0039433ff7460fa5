import { brokeringContext, needIdOf } from '#lib/server/brokering/brokering-form.http.ts';
import { readJsonObject, apiCreateRoute, apiRoute } from '#lib/server/http/api.ts';
import { connectMatch } from '#lib/server/brokering/connections.service.ts';
import { listNeedConnections } from '#lib/server/brokering/need-connections.service.ts';
import type { RequestHandler } from './$types';

/** The need's connections in the brokering pipeline, with their stage. Its people and curators. */
export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await listNeedConnections(locals, needIdOf(params))
}));

/**
 * Asks for an introduction to a match: `{"target":"solution:12","note":"…"}` (curators may add
 * `"stage":"suggested"`). 201 with `{"data":{"id","stage"}}`; 409 when it is already connected.
 */
export const POST: RequestHandler = apiCreateRoute(async ({ locals, params, request }) => {
	const id = needIdOf(params);
	return { data: await connectMatch(brokeringContext(locals), id, await readJsonObject(request)) };
});
