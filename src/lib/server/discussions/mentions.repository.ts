import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

/**
 * The people one may mention in a cluster: active members of organizations that are active
 * members of the cluster (coordinating organizations included), by name.
 */
export async function findClusterPeople(
	db: Kysely<Database>,
	clusterId: number
): Promise<{ id: number; display_name: string }[]> {
	return db
		.selectFrom('users as u')
		.innerJoin('organization_memberships as om', 'om.user_id', 'u.id')
		.innerJoin('cluster_memberships as cm', 'cm.organization_id', 'om.organization_id')
		.select(['u.id', 'u.display_name'])
		.distinct()
		.where('cm.cluster_id', '=', clusterId)
		.where('cm.status', '=', 'active')
		.where('om.status', '=', 'active')
		.orderBy('u.display_name')
		.orderBy('u.id')
		.execute();
}
