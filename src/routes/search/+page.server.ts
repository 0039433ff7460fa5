import { parseQuery } from '#lib/server/http/query.ts';
import { searchQuerySchema } from '#lib/server/search/search.schema.ts';
import { searchEverything } from '#lib/server/search/search.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseQuery(searchQuerySchema, url.searchParams);
	if (!query.q) return { query, search: url.search, results: null };
	return { query, search: url.search, results: await searchEverything(locals, query) };
};
