import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../db/database.ts';
import type { Paging } from '../db/paging.ts';
import type { ThreadFilter } from './threads.repository.ts';

export type PostRow = Row<'discussion_posts'>;

export interface PostWithAuthor extends PostRow {
	author_name: string | null;
}

/** A post with the thread and cluster it belongs to, for access checks and notifications. */
export interface PostInContext extends PostRow {
	cluster_id: number;
	thread_title: string;
	thread_status: Row<'discussion_threads'>['status'];
	thread_kind: Row<'discussion_threads'>['kind'];
}

export async function insertPost(
	db: Kysely<Database>,
	row: NewRow<'discussion_posts'>
): Promise<number> {
	const inserted = await db
		.insertInto('discussion_posts')
		.values(row)
		.returning('id')
		.executeTakeFirstOrThrow();
	return Number(inserted.id);
}

function postsOf(db: Kysely<Database>, threadId: number, filter: ThreadFilter) {
	let query = db.selectFrom('discussion_posts as p').where('p.thread_id', '=', threadId);
	if (!filter.everything) {
		const { ownerUserId } = filter;
		query = query.where((eb) =>
			ownerUserId === null
				? eb('p.status', '=', 'visible')
				: eb.or([eb('p.status', '=', 'visible'), eb('p.author_user_id', '=', ownerUserId)])
		);
	}
	return query;
}

/** One page of a thread's posts a reader may see, oldest first, with their authors' names. */
export async function findPosts(
	db: Kysely<Database>,
	threadId: number,
	filter: ThreadFilter,
	paging: Paging
): Promise<{ rows: PostWithAuthor[]; total: number }> {
	const [rows, count] = await Promise.all([
		postsOf(db, threadId, filter)
			.leftJoin('users as u', 'u.id', 'p.author_user_id')
			.selectAll('p')
			.select('u.display_name as author_name')
			.orderBy('p.created_at')
			.orderBy('p.id')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		postsOf(db, threadId, filter)
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.total) };
}

/** One post of a thread with its author's name. */
export async function findPostOfThread(
	db: Kysely<Database>,
	threadId: number,
	postId: number
): Promise<PostWithAuthor | undefined> {
	return db
		.selectFrom('discussion_posts as p')
		.leftJoin('users as u', 'u.id', 'p.author_user_id')
		.selectAll('p')
		.select('u.display_name as author_name')
		.where('p.thread_id', '=', threadId)
		.where('p.id', '=', postId)
		.executeTakeFirst();
}

/** How many posts the reader sees before this one in its thread: where it falls in the pages. */
export async function countPostsBefore(
	db: Kysely<Database>,
	post: Pick<PostRow, 'id' | 'thread_id' | 'created_at'>,
	filter: ThreadFilter
): Promise<number> {
	const row = await postsOf(db, post.thread_id, filter)
		.where((eb) =>
			eb.or([
				eb('p.created_at', '<', post.created_at),
				eb.and([eb('p.created_at', '=', post.created_at), eb('p.id', '<', post.id)])
			])
		)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function findPostInContext(
	db: Kysely<Database>,
	postId: number
): Promise<PostInContext | undefined> {
	return db
		.selectFrom('discussion_posts as p')
		.innerJoin('discussion_threads as t', 't.id', 'p.thread_id')
		.selectAll('p')
		.select([
			't.cluster_id',
			't.title as thread_title',
			't.status as thread_status',
			't.kind as thread_kind'
		])
		.where('p.id', '=', postId)
		.executeTakeFirst();
}

/** The opening post of a thread: the first written. */
export async function findOpeningPost(
	db: Kysely<Database>,
	threadId: number
): Promise<PostRow | undefined> {
	return db
		.selectFrom('discussion_posts')
		.selectAll()
		.where('thread_id', '=', threadId)
		.orderBy('created_at')
		.orderBy('id')
		.limit(1)
		.executeTakeFirst();
}

/** Whether the person has any visible post in any discussion (a known member, not a newcomer). */
export async function hasVisiblePost(db: Kysely<Database>, userId: number): Promise<boolean> {
	const row = await db
		.selectFrom('discussion_posts')
		.select('id')
		.where('author_user_id', '=', userId)
		.where('status', '=', 'visible')
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}

export async function updatePostStatus(
	db: Kysely<Database>,
	postId: number,
	changes: Pick<PostRow, 'status' | 'moderated_by' | 'moderated_at' | 'moderation_note'>
): Promise<void> {
	await db.updateTable('discussion_posts').set(changes).where('id', '=', postId).execute();
}

/** Held posts waiting for review, oldest first, in some clusters (null: all of them). */
export async function findHeldPosts(
	db: Kysely<Database>,
	clusterIds: number[] | null,
	limit: number
) {
	if (clusterIds !== null && clusterIds.length === 0) return [];
	let query = db
		.selectFrom('discussion_posts as p')
		.innerJoin('discussion_threads as t', 't.id', 'p.thread_id')
		.innerJoin('clusters as c', 'c.id', 't.cluster_id')
		.leftJoin('users as u', 'u.id', 'p.author_user_id')
		.select([
			'p.id',
			'p.body',
			'p.created_at',
			'p.thread_id',
			'p.author_user_id',
			'u.display_name as author_name',
			't.title as thread_title',
			'c.id as cluster_id',
			'c.slug as cluster_slug',
			'c.name as cluster_name'
		])
		.where('p.status', '=', 'held');
	if (clusterIds !== null) query = query.where('t.cluster_id', 'in', clusterIds);
	return query.orderBy('p.created_at').orderBy('p.id').limit(limit).execute();
}
