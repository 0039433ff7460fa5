import { parseInput } from '#lib/server/http/query.ts';
import { getProject } from '#lib/server/projects/projects.service.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	project: await getProject(locals, parseInput(slugSchema, params.slug))
});
