import { parseQuery } from '#lib/server/http/query.ts';
import { solutionListQuerySchema } from '#lib/server/solutions/solutions.schema.ts';
import { getSolutionCatalogue } from '#lib/server/solutions/solutions.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseQuery(solutionListQuerySchema, url.searchParams);
	return { query, search: url.search, ...(await getSolutionCatalogue(locals, query)) };
};
