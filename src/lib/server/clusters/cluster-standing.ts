import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { isStaff, type Actor } from '../identity/actor.ts';

/**
 * Where a person stands in one cluster. A person belongs to a cluster through an organization:
 * an active member of an organization whose cluster membership is active. They coordinate the
 * cluster when that organization's role in it is `coordinator` and they are its editor.
 * Curators and admins (`staff`) moderate every cluster.
 */
export interface ClusterStanding {
	/** May take part: start threads, reply, follow. */
	member: boolean;
	/** May decide membership requests, edit the page, pin, moderate. */
	coordinator: boolean;
	staff: boolean;
	/** The person's organizations that are active members of the cluster. */
	organizationIds: number[];
}

export const OUTSIDER: ClusterStanding = {
	member: false,
	coordinator: false,
	staff: false,
	organizationIds: []
};

export async function clusterStanding(
	db: Kysely<Database>,
	actor: Actor,
	clusterId: number
): Promise<ClusterStanding> {
	const staff = isStaff(actor);
	if (actor.kind !== 'user') return { ...OUTSIDER, staff };
	const rows = await db
		.selectFrom('cluster_memberships as cm')
		.innerJoin('organization_memberships as om', 'om.organization_id', 'cm.organization_id')
		.select(['cm.organization_id', 'cm.role as clusterRole', 'om.role as organizationRole'])
		.where('cm.cluster_id', '=', clusterId)
		.where('cm.status', '=', 'active')
		.where('om.user_id', '=', actor.userId)
		.where('om.status', '=', 'active')
		.execute();
	const coordinator = rows.some(
		(row) => row.clusterRole === 'coordinator' && row.organizationRole === 'editor'
	);
	return {
		member: rows.length > 0 || staff,
		coordinator: coordinator || staff,
		staff,
		organizationIds: rows.map((row) => row.organization_id)
	};
}
