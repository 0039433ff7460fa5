import { apiRoute } from '#lib/server/http/api.ts';
import { listSdgGoalNames } from '#lib/server/taxonomy/taxonomy.service.ts';
import type { RequestHandler } from './$types';

/** The 17 goals with their colours, named in the reader's language (`?lang=`). */
export const GET: RequestHandler = apiRoute(async ({ locals }) => {
	const data = await listSdgGoalNames(locals);
	return { data, page: 1, pageSize: data.length, total: data.length };
});
