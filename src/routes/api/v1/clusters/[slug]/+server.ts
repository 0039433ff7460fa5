import { getCluster } from '#lib/server/clusters/clusters.service.ts';
import { clusterSlugOf } from '#lib/server/clusters/clusters-form.http.ts';
import { apiRoute } from '#lib/server/http/api.ts';
import type { RequestHandler } from './$types';

/** One cluster: coordinators, counts, members by region, resources (pinned first), events. */
export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await getCluster(locals, clusterSlugOf(params), 'Global')
}));
