import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { countPostsBefore, type PostRow } from './posts.repository.ts';
import type { ThreadFilter } from './threads.repository.ts';

/** Posts per page of a thread. */
export const POSTS_PER_PAGE = 30;

/**
 * The address of one post: its thread's page, on the page of posts where it falls for readers
 * who see what `filter` lets through, and its anchor.
 * @example await postLink(trx, 'waste-management', post, PUBLIC) // '/clusters/waste-management/discussions/3#post-9'
 */
export async function postLink(
	db: Kysely<Database>,
	clusterSlug: string,
	post: Pick<PostRow, 'id' | 'thread_id' | 'created_at'>,
	filter: ThreadFilter
): Promise<string> {
	const before = await countPostsBefore(db, post, filter);
	const page = Math.floor(before / POSTS_PER_PAGE) + 1;
	const query = page > 1 ? `?page=${page}` : '';
	return `/clusters/${clusterSlug}/discussions/${post.thread_id}${query}#post-${post.id}`;
}

/** What everyone sees: visible posts only. */
export const PUBLIC_POSTS: ThreadFilter = { everything: false, ownerUserId: null };
/** What moderators see: every post. */
export const ALL_POSTS: ThreadFilter = { everything: true, ownerUserId: null };
