import type { Kysely } from 'kysely';
import type { Database, Row } from '../db/database.ts';

/** The SQL of cluster membership: requests, decisions, leaving, and who speaks for whom. */

export type ClusterMembershipRow = Row<'cluster_memberships'>;

export async function findOrganizationRef(db: Kysely<Database>, slug: string) {
	return db
		.selectFrom('organizations')
		.select(['id', 'slug', 'name'])
		.where('slug', '=', slug)
		.executeTakeFirst();
}

export async function findClusterMembership(
	db: Kysely<Database>,
	clusterId: number,
	organizationId: number
): Promise<ClusterMembershipRow | undefined> {
	return db
		.selectFrom('cluster_memberships')
		.selectAll()
		.where('cluster_id', '=', clusterId)
		.where('organization_id', '=', organizationId)
		.executeTakeFirst();
}

/** Whether the person is an active editor of the organization (they speak for it). */
export async function isOrganizationEditor(
	db: Kysely<Database>,
	userId: number,
	organizationId: number
): Promise<boolean> {
	const row = await db
		.selectFrom('organization_memberships')
		.select('organization_id')
		.where('user_id', '=', userId)
		.where('organization_id', '=', organizationId)
		.where('role', '=', 'editor')
		.where('status', '=', 'active')
		.executeTakeFirst();
	return row !== undefined;
}

/**
 * The organizations a person edits, each with its standing in the cluster (null when it has
 * never asked), in name order.
 */
export async function findEditedOrganizationsIn(
	db: Kysely<Database>,
	userId: number,
	clusterId: number
) {
	return db
		.selectFrom('organization_memberships as om')
		.innerJoin('organizations as o', 'o.id', 'om.organization_id')
		.leftJoin('cluster_memberships as cm', (join) =>
			join.onRef('cm.organization_id', '=', 'o.id').on('cm.cluster_id', '=', clusterId)
		)
		.select([
			'o.id',
			'o.slug',
			'o.name',
			'cm.status as clusterStatus',
			'cm.role as clusterRole',
			'cm.decision_note as decisionNote'
		])
		.where('om.user_id', '=', userId)
		.where('om.role', '=', 'editor')
		.where('om.status', '=', 'active')
		.orderBy('o.name')
		.execute();
}

export async function insertMembershipRequest(
	db: Kysely<Database>,
	row: {
		cluster_id: number;
		organization_id: number;
		statement: string;
		requested_by: number | null;
		created_at: string;
	}
): Promise<void> {
	await db
		.insertInto('cluster_memberships')
		.values({ ...row, role: 'member', status: 'requested' })
		.execute();
}

/**
 * Clears a declined request so the organization can ask again (a new row: a new request time).
 * Answers false when the row is no longer a declined request (someone asked meanwhile).
 */
export async function deleteDeclinedRequest(
	db: Kysely<Database>,
	clusterId: number,
	organizationId: number
): Promise<boolean> {
	const result = await db
		.deleteFrom('cluster_memberships')
		.where('cluster_id', '=', clusterId)
		.where('organization_id', '=', organizationId)
		.where('status', '=', 'declined')
		.executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}

/**
 * Approves or declines a pending request. The `status = 'requested'` condition makes two
 * simultaneous decisions safe: only one of them changes the row; the other answers false.
 */
export async function decidePendingRequest(
	db: Kysely<Database>,
	clusterId: number,
	organizationId: number,
	decision: {
		status: 'active' | 'declined';
		decided_by: number | null;
		decided_at: string;
		decision_note: string | null;
	}
): Promise<boolean> {
	const result = await db
		.updateTable('cluster_memberships')
		.set(decision)
		.where('cluster_id', '=', clusterId)
		.where('organization_id', '=', organizationId)
		.where('status', '=', 'requested')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Removes an active membership or withdraws a pending request; answers whether a row went. */
export async function deleteMembership(
	db: Kysely<Database>,
	clusterId: number,
	organizationId: number
): Promise<boolean> {
	const result = await db
		.deleteFrom('cluster_memberships')
		.where('cluster_id', '=', clusterId)
		.where('organization_id', '=', organizationId)
		.where('status', 'in', ['active', 'requested'])
		.executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}

/**
 * Takes the cluster's row lock until the transaction ends (a no-op update), so two coordinators
 * leaving at once cannot both pass the "not the last coordinator" check. SQLite serializes
 * writers anyway.
 */
export async function lockCluster(db: Kysely<Database>, clusterId: number): Promise<void> {
	await db
		.updateTable('clusters')
		.set((eb) => ({ id: eb.ref('id') }))
		.where('id', '=', clusterId)
		.execute();
}

export async function countActiveCoordinators(
	db: Kysely<Database>,
	clusterId: number
): Promise<number> {
	const row = await db
		.selectFrom('cluster_memberships')
		.select((eb) => eb.fn.countAll<string | number>().as('n'))
		.where('cluster_id', '=', clusterId)
		.where('role', '=', 'coordinator')
		.where('status', '=', 'active')
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** The active people (editors and members) of an organization, told about a decision. */
export async function findOrganizationPeople(
	db: Kysely<Database>,
	organizationId: number
): Promise<number[]> {
	const rows = await db
		.selectFrom('organization_memberships')
		.select('user_id')
		.where('organization_id', '=', organizationId)
		.where('status', '=', 'active')
		.orderBy('user_id')
		.execute();
	return rows.map((row) => row.user_id);
}

/** Pending requests of a cluster, oldest first, with who asked. */
export async function findPendingRequests(db: Kysely<Database>, clusterId: number, locale: string) {
	return db
		.selectFrom('cluster_memberships as cm')
		.innerJoin('organizations as o', 'o.id', 'cm.organization_id')
		.leftJoin('users as u', 'u.id', 'cm.requested_by')
		.leftJoin('countries as c', 'c.code', 'o.country_code')
		.leftJoin('country_names as cn', (join) =>
			join.onRef('cn.country_code', '=', 'c.code').on('cn.locale', '=', locale)
		)
		.select([
			'o.slug',
			'o.name',
			'o.kind',
			(eb) => eb.fn.coalesce('cn.name', 'c.name').as('countryName'),
			'cm.statement',
			'cm.created_at as requestedAt',
			'u.display_name as requestedBy'
		])
		.where('cm.cluster_id', '=', clusterId)
		.where('cm.status', '=', 'requested')
		.orderBy('cm.created_at')
		.orderBy('o.name')
		.execute();
}
