import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../db/database.ts';

/** The SQL of cluster resources. */

export type ClusterResourceRow = Row<'cluster_resources'>;

/** A cluster's resources, pinned first, then newest first. */
export async function findResources(
	db: Kysely<Database>,
	clusterId: number
): Promise<ClusterResourceRow[]> {
	return db
		.selectFrom('cluster_resources')
		.selectAll()
		.where('cluster_id', '=', clusterId)
		.orderBy('pinned', 'desc')
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.execute();
}

export async function findResource(
	db: Kysely<Database>,
	clusterId: number,
	id: number
): Promise<ClusterResourceRow | undefined> {
	return db
		.selectFrom('cluster_resources')
		.selectAll()
		.where('cluster_id', '=', clusterId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function countResources(db: Kysely<Database>, clusterId: number): Promise<number> {
	const row = await db
		.selectFrom('cluster_resources')
		.select((eb) => eb.fn.countAll<string | number>().as('n'))
		.where('cluster_id', '=', clusterId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function insertResource(
	db: Kysely<Database>,
	row: NewRow<'cluster_resources'>
): Promise<number> {
	const inserted = await db
		.insertInto('cluster_resources')
		.values(row)
		.returning('id')
		.executeTakeFirstOrThrow();
	return Number(inserted.id);
}

/** Answers false when the cluster has no such resource. */
export async function setResourcePinned(
	db: Kysely<Database>,
	clusterId: number,
	id: number,
	pinned: boolean,
	now: string
): Promise<boolean> {
	const result = await db
		.updateTable('cluster_resources')
		.set({ pinned: pinned ? 1 : 0, updated_at: now })
		.where('cluster_id', '=', clusterId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Deletes a resource; answers it (for its file), or undefined when there was none. */
export async function deleteResource(
	db: Kysely<Database>,
	clusterId: number,
	id: number
): Promise<Pick<ClusterResourceRow, 'storage_key' | 'title'> | undefined> {
	return db
		.deleteFrom('cluster_resources')
		.where('cluster_id', '=', clusterId)
		.where('id', '=', id)
		.returning(['storage_key', 'title'])
		.executeTakeFirst();
}
