import { brokeringContext } from '#lib/server/brokering/brokering-form.http.ts';
import { readJsonObject, apiCreateRoute, apiRoute } from '#lib/server/http/api.ts';
import { getConnection, moveConnection } from '#lib/server/brokering/connections.service.ts';
import { connectionIdOf } from '#lib/server/brokering/pipeline-form.http.ts';
import type { RequestHandler } from './$types';

/** The connection's history: every move, who made it, when, with its note. */
export const GET: RequestHandler = apiRoute(async ({ locals, params }) => {
	const connection = await getConnection(locals, connectionIdOf(params));
	return { data: connection.history };
});

/**
 * Moves the connection (a read-write token): `{"to","note","reason","contactName","contactEmail"}`.
 * A move the stage does not allow → 409 saying where it can go; 201 with `{id, stage}`.
 */
export const POST: RequestHandler = apiCreateRoute(async ({ locals, params, request }) => {
	const id = connectionIdOf(params);
	const body = await readJsonObject(request);
	return { data: await moveConnection(brokeringContext(locals), id, body) };
});
