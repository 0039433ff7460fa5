import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

/**
 * The SQL that finds who hears of an event: followers of threads and clusters, a cluster's
 * coordinators and members, and the accounts they are. Read when the fan-out job runs, so the
 * audience is who follows at that moment.
 */

type Db = Kysely<Database>;

/** Everyone following one of these threads or clusters. */
export async function findFollowers(
	db: Db,
	targets: { kind: 'cluster' | 'thread'; id: number }[]
): Promise<number[]> {
	if (targets.length === 0) return [];
	const rows = await db
		.selectFrom('follows')
		.select('user_id')
		.where((eb) =>
			eb.or(
				targets.map((target) =>
					eb.and([eb('target_kind', '=', target.kind), eb('target_id', '=', target.id)])
				)
			)
		)
		.execute();
	return rows.map((row) => row.user_id);
}

/**
 * The people of a cluster's active organizations, all of them or only the coordinators (active
 * editors of an organization whose membership in the cluster is an active `coordinator` one).
 */
export async function findClusterPeople(
	db: Db,
	clusterId: number,
	which: 'coordinators' | 'members'
): Promise<number[]> {
	let query = db
		.selectFrom('cluster_memberships as cm')
		.innerJoin('organization_memberships as om', 'om.organization_id', 'cm.organization_id')
		.select('om.user_id')
		.where('cm.cluster_id', '=', clusterId)
		.where('cm.status', '=', 'active')
		.where('om.status', '=', 'active');
	if (which === 'coordinators') {
		query = query.where('cm.role', '=', 'coordinator').where('om.role', '=', 'editor');
	}
	const rows = await query.execute();
	return rows.map((row) => row.user_id);
}

export interface Recipient {
	id: number;
	email: string;
	name: string;
	/** Only confirmed addresses are written to. */
	verified: boolean;
}

/** Ids per query: well under both dialects' limits on bound parameters. */
const BATCH = 500;

/** The accounts among these ids that exist, with what an email to them needs. */
export async function findRecipients(db: Db, userIds: number[]): Promise<Recipient[]> {
	const rows = [];
	for (let start = 0; start < userIds.length; start += BATCH) {
		rows.push(
			...(await db
				.selectFrom('users')
				.select(['id', 'email', 'display_name', 'email_verified_at'])
				.where('id', 'in', userIds.slice(start, start + BATCH))
				.execute())
		);
	}
	return rows.map((row) => ({
		id: row.id,
		email: row.email,
		name: row.display_name,
		verified: row.email_verified_at !== null
	}));
}

/** A person's display name (the actor of a notification), or '' when the account is gone. */
export async function findDisplayName(db: Db, userId: number | null): Promise<string> {
	if (userId === null) return '';
	const row = await db
		.selectFrom('users')
		.select('display_name')
		.where('id', '=', userId)
		.executeTakeFirst();
	return row?.display_name ?? '';
}

/** A cluster's name, or '' for none. */
export async function findClusterName(db: Db, clusterId: number | null): Promise<string> {
	if (clusterId === null) return '';
	const row = await db
		.selectFrom('clusters')
		.select('name')
		.where('id', '=', clusterId)
		.executeTakeFirst();
	return row?.name ?? '';
}
