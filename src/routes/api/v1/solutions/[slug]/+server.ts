import { apiRoute } from '#lib/server/http/api.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import { getSolution } from '#lib/server/solutions/solutions.service.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await getSolution(locals, parseInput(slugSchema, params.slug))
}));
