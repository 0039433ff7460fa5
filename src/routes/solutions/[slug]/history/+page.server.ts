import { parseInput } from '#lib/server/http/query.ts';
import { getSolutionHistory } from '#lib/server/solutions/solution-history.service.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { PageServerLoad } from './$types';

/** Public for published solutions; the moderation log only for owners and staff. */
export const load: PageServerLoad = async ({ locals, params }) => ({
	history: await getSolutionHistory(locals, parseInput(slugSchema, params.slug))
});
