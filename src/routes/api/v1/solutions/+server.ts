import { apiRoute } from '#lib/server/http/api.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import { solutionSearchQuerySchema } from '#lib/server/search/search.schema.ts';
import { searchSolutions } from '#lib/server/search/search.service.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, url }) =>
	searchSolutions(locals, parseQuery(solutionSearchQuerySchema, url.searchParams))
);
