import { parseInput, parseQuery } from '#lib/server/http/query.ts';
import { getPartnerProfile } from '#lib/server/organizations/organizations.service.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import { z } from 'zod';
import { pageSchema } from '#lib/server/http/query.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { page } = parseQuery(z.object({ page: pageSchema }), url.searchParams);
	return {
		search: url.search,
		...(await getPartnerProfile(locals, parseInput(slugSchema, params.slug), page))
	};
};
