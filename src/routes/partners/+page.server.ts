import { parseQuery } from '#lib/server/http/query.ts';
import { partnerListQuerySchema } from '#lib/server/organizations/organizations.schema.ts';
import { listPartners } from '#lib/server/organizations/organizations.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseQuery(partnerListQuerySchema, url.searchParams);
	return { query, search: url.search, ...(await listPartners(locals, query)) };
};
