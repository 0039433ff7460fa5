import type { Kysely, NotNull } from 'kysely';
import type { Database } from '../db/database.ts';

/**
 * The SQL of a cluster's Atom feed: organizations admitted, resources added, and the posts of
 * its public discussions. Threads and posts are read here directly because they are public; only
 * visible ones are ever selected (never held or hidden), and each query stops at `limit`.
 */

/** Organizations admitted to the cluster (founding members were never admitted: not news). */
export async function findAdmittedMembers(db: Kysely<Database>, clusterId: number, limit: number) {
	return db
		.selectFrom('cluster_memberships as m')
		.innerJoin('organizations as o', 'o.id', 'm.organization_id')
		.select(['o.id', 'o.slug', 'o.name', 'm.role', 'm.decided_at as at'])
		.where('m.cluster_id', '=', clusterId)
		.where('m.status', '=', 'active')
		.where('m.decided_at', 'is not', null)
		.$narrowType<{ at: NotNull }>()
		.orderBy('m.decided_at', 'desc')
		.orderBy('o.name')
		.limit(limit)
		.execute();
}

export async function findAddedResources(db: Kysely<Database>, clusterId: number, limit: number) {
	return db
		.selectFrom('cluster_resources')
		.selectAll()
		.where('cluster_id', '=', clusterId)
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.limit(limit)
		.execute();
}

/** Visible posts of visible threads, newest first, each saying whether it opened its thread. */
export async function findVisiblePosts(db: Kysely<Database>, clusterId: number, limit: number) {
	return db
		.selectFrom('discussion_posts as p')
		.innerJoin('discussion_threads as t', 't.id', 'p.thread_id')
		.leftJoin('users as u', 'u.id', 'p.author_user_id')
		.select((eb) => [
			'p.id',
			'p.thread_id',
			'p.body',
			'p.created_at',
			'p.updated_at',
			't.title',
			't.kind',
			'u.display_name as author',
			eb(
				'p.id',
				'=',
				eb
					.selectFrom('discussion_posts as first')
					.select((inner) => inner.fn.min('first.id').as('id'))
					.whereRef('first.thread_id', '=', 't.id')
			).as('opens_thread')
		])
		.where('t.cluster_id', '=', clusterId)
		.where('t.status', '=', 'visible')
		.where('p.status', '=', 'visible')
		.orderBy('p.created_at', 'desc')
		.orderBy('p.id', 'desc')
		.limit(limit)
		.execute();
}

export async function findPostAttachments(db: Kysely<Database>, postIds: number[]) {
	if (postIds.length === 0) return [];
	return db
		.selectFrom('discussion_attachments')
		.select(['id', 'post_id', 'file_name', 'media_type', 'byte_size'])
		.where('post_id', 'in', postIds)
		.orderBy('id')
		.execute();
}
