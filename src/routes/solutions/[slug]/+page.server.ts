import { parseInput } from '#lib/server/http/query.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import { getSolution } from '#lib/server/solutions/solutions.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	solution: await getSolution(locals, parseInput(slugSchema, params.slug))
});
