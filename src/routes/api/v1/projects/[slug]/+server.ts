import { apiRoute } from '#lib/server/http/api.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { getProject } from '#lib/server/projects/projects.service.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await getProject(locals, parseInput(slugSchema, params.slug))
}));
