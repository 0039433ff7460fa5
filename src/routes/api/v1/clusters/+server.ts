import { listClusters } from '#lib/server/clusters/clusters.service.ts';
import { apiRoute } from '#lib/server/http/api.ts';
import type { RequestHandler } from './$types';

/** Clusters are few, so the list is one page holding all of them. */
export const GET: RequestHandler = apiRoute(async ({ locals }) => {
	const data = await listClusters(locals);
	return { data, page: 1, pageSize: data.length, total: data.length };
});
