import type { ReadContext } from '../context.ts';
import { toPaging } from '../db/paging.ts';
import { notFound } from '../http/errors.ts';
import type { Page } from '../http/query.ts';
import { findAttachmentsOf } from './discussion-attachments.repository.ts';
import { actorUserId, loadCluster } from './discussions-context.ts';
import {
	canModerate,
	canReadPost,
	canReply,
	canReport,
	canTakePart
} from './discussions.policy.ts';
import { POSTS_PER_PAGE } from './post-links.ts';
import { presentAttachment, presentPost, type PostView } from './posts.presenter.ts';
import { findPostOfThread, findPosts, type PostWithAuthor } from './posts.repository.ts';
import { findReportedPostIds } from './reports.repository.ts';
import { loadReadableThread, readerFilter, type ReadableThread } from './thread-access.ts';
import { presentThreadCard, type ThreadCard } from './threads.presenter.ts';
import { findClusterRef, findThreads, type ClusterRef } from './threads.repository.ts';

export type { ThreadCard } from './threads.presenter.ts';

/** Threads per page of a cluster's discussions. */
export const THREADS_PER_PAGE = 20;

/**
 * The latest visible threads of a cluster, pinned first, then by last activity: what the cluster
 * page shows of its discussions.
 * @example await listRecentThreads(locals, cluster.id, 5)
 */
export async function listRecentThreads(
	context: ReadContext,
	clusterId: number,
	limit: number
): Promise<ThreadCard[]> {
	const cluster = await findClusterRef(context.db, { id: clusterId });
	if (!cluster) throw notFound('cluster');
	const { rows } = await findThreads(
		context.db,
		cluster.id,
		{ everything: false, ownerUserId: null },
		{ limit: Math.max(1, Math.min(limit, 50)), offset: 0 }
	);
	return rows.map((row) => presentThreadCard(cluster.slug, row));
}

/**
 * One page of a cluster's threads as the reader sees them: visible ones, their own held ones,
 * and everything for moderators. Pinned first, then by last activity.
 */
export async function listThreads(
	context: ReadContext,
	slug: string,
	page: number
): Promise<Page<ThreadCard> & { cluster: ClusterRef }> {
	const { cluster, standing } = await loadCluster(context, { slug });
	const { rows, total } = await findThreads(
		context.db,
		cluster.id,
		readerFilter(context, standing),
		toPaging(page, THREADS_PER_PAGE)
	);
	return {
		cluster,
		data: rows.map((row) => presentThreadCard(cluster.slug, row)),
		page,
		pageSize: THREADS_PER_PAGE,
		total
	};
}

export interface ThreadDetail {
	cluster: ClusterRef;
	thread: {
		id: number;
		title: string;
		kind: 'discussion' | 'announcement';
		status: 'visible' | 'held' | 'hidden';
		pinned: boolean;
		locked: boolean;
		createdAt: string;
		lastActivityAt: string;
		href: string;
	};
	posts: Page<PostView>;
	/** The id of the opening post (it may be on another page). */
	openingPostId: number | null;
	permissions: {
		/** A signed-in member of the cluster (or staff). */
		takePart: boolean;
		reply: boolean;
		moderate: boolean;
	};
}

/** Posts as the reader sees them: rendered, with their files and whether the reader may report. */
async function presentPosts(
	context: ReadContext,
	{ cluster, standing, thread }: ReadableThread,
	rows: PostWithAuthor[]
): Promise<PostView[]> {
	const { db, actor } = context;
	const ids = rows.map((row) => row.id);
	const userId = actorUserId(context);
	const [attachments, reported] = await Promise.all([
		findAttachmentsOf(db, ids),
		userId === null ? Promise.resolve(new Set<number>()) : findReportedPostIds(db, userId, ids)
	]);
	return rows.map((row) =>
		presentPost(row, {
			readerUserId: userId,
			attachments: attachments
				.filter((attachment) => attachment.post_id === row.id)
				.map((attachment) => presentAttachment(cluster.slug, thread.id, attachment)),
			canReport: canReport(actor, standing, row),
			reported: reported.has(row.id),
			seesNote: canModerate(standing)
		})
	);
}

/**
 * One post of a thread, if the reader may see the thread and the post (404 otherwise).
 * @example await getPost(locals, 3, 9)
 */
export async function getPost(
	context: ReadContext,
	threadId: number,
	postId: number
): Promise<PostView> {
	const readable = await loadReadableThread(context, { threadId });
	const row = await findPostOfThread(context.db, readable.thread.id, postId);
	if (!row || !canReadPost(context.actor, readable.standing, row)) throw notFound('post');
	const [post] = await presentPosts(context, readable, [row]);
	return post!;
}

/**
 * A thread with one page of the posts the reader may see, oldest first, rendered: by the page's
 * address, or by id alone (the API). 404 for a thread the reader may not see.
 */
export async function getThread(
	context: ReadContext,
	address: { slug: string; threadId: number } | { threadId: number },
	page = 1
): Promise<ThreadDetail> {
	const { db, actor } = context;
	const { cluster, standing, thread } = await loadReadableThread(context, address);
	const filter = readerFilter(context, standing);
	const [{ rows, total }, opening] = await Promise.all([
		findPosts(db, thread.id, filter, toPaging(page, POSTS_PER_PAGE)),
		page === 1 ? Promise.resolve(null) : findPosts(db, thread.id, filter, { limit: 1, offset: 0 })
	]);
	const posts = await presentPosts(context, { cluster, standing, thread }, rows);
	const moderate = canModerate(standing);
	return {
		cluster,
		thread: {
			id: thread.id,
			title: thread.title,
			kind: thread.kind,
			status: thread.status,
			pinned: thread.pinned === 1,
			locked: thread.locked === 1,
			createdAt: thread.created_at,
			lastActivityAt: thread.last_activity_at,
			href: `/clusters/${cluster.slug}/discussions/${thread.id}`
		},
		posts: { data: posts, page, pageSize: POSTS_PER_PAGE, total },
		openingPostId: (page === 1 ? rows[0] : opening?.rows[0])?.id ?? null,
		permissions: {
			takePart: canTakePart(actor, standing),
			reply: canReply(actor, standing, thread),
			moderate
		}
	};
}
