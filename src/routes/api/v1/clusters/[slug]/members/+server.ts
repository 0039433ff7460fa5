import { listClusterMembers } from '#lib/server/clusters/cluster-management.service.ts';
import { clusterSlugOf } from '#lib/server/clusters/clusters-form.http.ts';
import { apiRoute } from '#lib/server/http/api.ts';
import type { RequestHandler } from './$types';

/** A cluster's member organizations, coordinators first: `?page=1&pageSize=20`. */
export const GET: RequestHandler = apiRoute(async ({ locals, params, url }) =>
	listClusterMembers(locals, clusterSlugOf(params), Object.fromEntries(url.searchParams))
);
