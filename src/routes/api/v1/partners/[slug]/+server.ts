import { apiRoute } from '#lib/server/http/api.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { getPartner } from '#lib/server/organizations/organizations.service.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await getPartner(locals, parseInput(slugSchema, params.slug))
}));
