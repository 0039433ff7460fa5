import { parseQuery } from '#lib/server/http/query.ts';
import { knowledgeListQuerySchema } from '#lib/server/knowledge/knowledge.schema.ts';
import { getKnowledgeCatalogue } from '#lib/server/knowledge/knowledge.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseQuery(knowledgeListQuerySchema, url.searchParams);
	return { query, search: url.search, ...(await getKnowledgeCatalogue(locals, query)) };
};
