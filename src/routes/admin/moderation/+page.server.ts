import { z } from 'zod';
import { pageSchema, parseQuery } from '#lib/server/http/query.ts';
import { listModerationQueue } from '#lib/server/solutions/solution-moderation.service.ts';
import type { PageServerLoad } from './$types';

const querySchema = z.object({
	page: pageSchema,
	/** After a decision: which solution, and what was decided (shown as a confirmation). */
	decided: z.string().max(200).optional(),
	decision: z.enum(['publish', 'request-changes', 'reject', 'archive']).optional()
});

/** Curators and admins (the /admin layout and the service's policy). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseQuery(querySchema, url.searchParams);
	return {
		search: url.search,
		decided:
			query.decided && query.decision ? { title: query.decided, decision: query.decision } : null,
		queue: await listModerationQueue(locals, { page: query.page })
	};
};
