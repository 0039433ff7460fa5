import { listConnections } from '#lib/server/brokering/pipeline-board.service.ts';
import { connectionListQuerySchema } from '#lib/server/brokering/pipeline-board.schema.ts';
import { apiRoute } from '#lib/server/http/api.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import type { RequestHandler } from './$types';

/**
 * The brokering pipeline's connections, in the order they were made (curators and admins; 403
 * otherwise): `?q=&kind=solution|provider|peer-city&sector=&country=&stage=&page=&pageSize=`.
 */
export const GET: RequestHandler = apiRoute(({ locals, url }) =>
	listConnections(locals, parseQuery(connectionListQuerySchema, url.searchParams))
);
