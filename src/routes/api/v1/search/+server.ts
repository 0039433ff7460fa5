import { apiRoute } from '#lib/server/http/api.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import { searchQuerySchema } from '#lib/server/search/search.schema.ts';
import { searchEverything } from '#lib/server/search/search.service.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, url }) =>
	searchEverything(locals, parseQuery(searchQuerySchema, url.searchParams))
);
