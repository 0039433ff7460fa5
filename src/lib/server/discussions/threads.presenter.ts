import type { ThreadListRow, ThreadRow } from './threads.repository.ts';

/** A thread in a list: the cluster's discussions page, the cluster page, the API. */
export interface ThreadCard {
	id: number;
	title: string;
	kind: ThreadRow['kind'];
	pinned: boolean;
	locked: boolean;
	/** Visible replies (the opening post is not a reply). */
	replyCount: number;
	lastActivityAt: string;
	/** The author's display name; null when the account is gone or the thread was seeded. */
	author: string | null;
	href: string;
	/** `held` or `hidden` only in lists of its author and moderators. */
	status: ThreadRow['status'];
}

/** The address of a thread's page, or of one post in it. */
export function threadHref(clusterSlug: string, threadId: number, postId?: number): string {
	const base = `/clusters/${clusterSlug}/discussions/${threadId}`;
	return postId === undefined ? base : `${base}#post-${postId}`;
}

export function presentThreadCard(clusterSlug: string, row: ThreadListRow): ThreadCard {
	return {
		id: row.id,
		title: row.title,
		kind: row.kind,
		pinned: row.pinned === 1,
		locked: row.locked === 1,
		replyCount: Math.max(0, row.visible_posts - 1),
		lastActivityAt: row.last_activity_at,
		author: row.author_name,
		href: threadHref(clusterSlug, row.id),
		status: row.status
	};
}
