import { getEvent } from '#lib/server/events/events.service.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
	event: await getEvent(locals, parseInput(slugSchema, params.slug))
});
