import { apiParameters } from '#lib/components/search/facet-labels.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import { solutionSearchQuerySchema } from '#lib/server/search/search.schema.ts';
import { searchSolutions } from '#lib/server/search/search.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseQuery(solutionSearchQuerySchema, apiParameters(url.searchParams));
	return { query, search: url.search, ...(await searchSolutions(locals, query)) };
};
