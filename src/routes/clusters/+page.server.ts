import { listClusters } from '#lib/server/clusters/clusters.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	clusters: await listClusters(locals)
});
