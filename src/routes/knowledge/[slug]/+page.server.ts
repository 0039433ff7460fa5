import { parseInput } from '#lib/server/http/query.ts';
import { getKnowledgeProduct } from '#lib/server/knowledge/knowledge.service.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	product: await getKnowledgeProduct(locals, parseInput(slugSchema, params.slug))
});
