import { eventListQuerySchema } from '#lib/server/events/events.schema.ts';
import { listEvents } from '#lib/server/events/events.service.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseQuery(eventListQuerySchema, url.searchParams);
	return { query, search: url.search, ...(await listEvents(locals, query)) };
};
