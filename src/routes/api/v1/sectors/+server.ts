import { apiRoute } from '#lib/server/http/api.ts';
import { listSectorNames } from '#lib/server/taxonomy/taxonomy.service.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(async ({ locals }) => {
	const data = await listSectorNames(locals);
	return { data, page: 1, pageSize: data.length, total: data.length };
});
