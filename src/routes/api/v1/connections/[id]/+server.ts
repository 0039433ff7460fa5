import { getConnection } from '#lib/server/brokering/connections.service.ts';
import { connectionIdOf } from '#lib/server/brokering/pipeline-form.http.ts';
import { apiRoute } from '#lib/server/http/api.ts';
import type { RequestHandler } from './$types';

/**
 * One connection with its parties, the match's reasons, its history and the moves the caller may
 * make: curators and admins, and the need's own people (without the contacts before the
 * introduction). Anyone else → 404.
 */
export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await getConnection(locals, connectionIdOf(params))
}));
