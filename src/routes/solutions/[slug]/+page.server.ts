import { parseInput } from '#lib/server/http/query.ts';
import { relatedSolutionsBySlug } from '#lib/server/search/related.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import { getSolution } from '#lib/server/solutions/solutions.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const slug = parseInput(slugSchema, params.slug);
	const [solution, related] = await Promise.all([
		getSolution(locals, slug),
		relatedSolutionsBySlug(locals, slug)
	]);
	return { solution, related };
};
