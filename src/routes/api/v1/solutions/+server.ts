import { apiRoute } from '#lib/server/http/api.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import { solutionListQuerySchema } from '#lib/server/solutions/solutions.schema.ts';
import { listSolutions } from '#lib/server/solutions/solutions.service.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, url }) =>
	listSolutions(locals, parseQuery(solutionListQuerySchema, url.searchParams))
);
