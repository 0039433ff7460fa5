import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../db/database.ts';
import type { Paging } from '../db/paging.ts';

export type ThreadRow = Row<'discussion_threads'>;

/** A thread as lists show it: its author's name and how many posts are visible in it. */
export interface ThreadListRow extends ThreadRow {
	author_name: string | null;
	visible_posts: number;
}

/**
 * Which threads of a cluster a reader sees: the visible ones, plus the held or hidden ones they
 * started (`ownerUserId`), plus every one for its moderators (`everything`).
 */
export interface ThreadFilter {
	everything: boolean;
	ownerUserId: number | null;
}

function threadsOf(db: Kysely<Database>, clusterId: number, filter: ThreadFilter) {
	let query = db
		.selectFrom('discussion_threads as t')
		.leftJoin('users as u', 'u.id', 't.author_user_id')
		.where('t.cluster_id', '=', clusterId);
	if (!filter.everything) {
		const { ownerUserId } = filter;
		query = query.where((eb) =>
			ownerUserId === null
				? eb('t.status', '=', 'visible')
				: eb.or([eb('t.status', '=', 'visible'), eb('t.author_user_id', '=', ownerUserId)])
		);
	}
	return query;
}

/** One page of a cluster's threads, pinned first, then the most recently active. */
export async function findThreads(
	db: Kysely<Database>,
	clusterId: number,
	filter: ThreadFilter,
	paging: Paging
): Promise<{ rows: ThreadListRow[]; total: number }> {
	const [rows, count] = await Promise.all([
		threadsOf(db, clusterId, filter)
			.selectAll('t')
			.select((eb) => [
				'u.display_name as author_name',
				eb
					.selectFrom('discussion_posts as p')
					.select((inner) => inner.fn.countAll<number>().as('n'))
					.whereRef('p.thread_id', '=', 't.id')
					.where('p.status', '=', 'visible')
					.as('visible_posts')
			])
			.orderBy('t.pinned', 'desc')
			.orderBy('t.last_activity_at', 'desc')
			.orderBy('t.id', 'desc')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		threadsOf(db, clusterId, filter)
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.executeTakeFirstOrThrow()
	]);
	return {
		rows: rows.map((row) => ({ ...row, visible_posts: Number(row.visible_posts ?? 0) })),
		total: Number(count.total)
	};
}

export async function findThread(
	db: Kysely<Database>,
	clusterId: number,
	threadId: number
): Promise<ThreadRow | undefined> {
	return db
		.selectFrom('discussion_threads')
		.selectAll()
		.where('cluster_id', '=', clusterId)
		.where('id', '=', threadId)
		.executeTakeFirst();
}

export async function findThreadById(
	db: Kysely<Database>,
	threadId: number
): Promise<ThreadRow | undefined> {
	return db
		.selectFrom('discussion_threads')
		.selectAll()
		.where('id', '=', threadId)
		.executeTakeFirst();
}

export async function insertThread(
	db: Kysely<Database>,
	row: NewRow<'discussion_threads'>
): Promise<number> {
	const inserted = await db
		.insertInto('discussion_threads')
		.values(row)
		.returning('id')
		.executeTakeFirstOrThrow();
	return Number(inserted.id);
}

export async function updateThread(
	db: Kysely<Database>,
	threadId: number,
	changes: Partial<Pick<ThreadRow, 'status' | 'pinned' | 'locked' | 'last_activity_at'>>
): Promise<void> {
	await db.updateTable('discussion_threads').set(changes).where('id', '=', threadId).execute();
}

/** What a discussion needs to know of its cluster. */
export interface ClusterRef {
	id: number;
	slug: string;
	name: string;
}

export async function findClusterRef(
	db: Kysely<Database>,
	by: { slug: string } | { id: number }
): Promise<ClusterRef | undefined> {
	const query = db.selectFrom('clusters').select(['id', 'slug', 'name']);
	return (
		'slug' in by ? query.where('slug', '=', by.slug) : query.where('id', '=', by.id)
	).executeTakeFirst();
}
