import { getEvent } from '#lib/server/events/events.service.ts';
import { apiRoute } from '#lib/server/http/api.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await getEvent(locals, parseInput(slugSchema, params.slug))
}));
