import { postExcerpt } from './post-content.ts';
import type { findHeldPosts } from './posts.repository.ts';
import type { findOpenReports } from './reports.repository.ts';
import { threadHref } from './threads.presenter.ts';

type OpenReportRow = Awaited<ReturnType<typeof findOpenReports>>[number];
type HeldPostRow = Awaited<ReturnType<typeof findHeldPosts>>[number];

/** A post in the moderation queue, with where it was written. */
export interface QueuedPost {
	id: number;
	author: string | null;
	excerpt: string;
	postedAt: string;
	status: 'visible' | 'held' | 'hidden';
	href: string;
	thread: { id: number; title: string; href: string };
	cluster: { slug: string; name: string };
}

/** A reported post: every open report's reason, and how many people reported it. */
export interface ReportedPost extends QueuedPost {
	reasons: string[];
	reporterCount: number;
	firstReportedAt: string;
}

export interface ModerationQueue {
	reports: ReportedPost[];
	held: QueuedPost[];
}

function queuedPost(row: {
	post_id: number;
	author_name: string | null;
	body: string;
	posted_at: string;
	status: QueuedPost['status'];
	thread_id: number;
	thread_title: string;
	cluster_slug: string;
	cluster_name: string;
}): QueuedPost {
	return {
		id: row.post_id,
		author: row.author_name,
		excerpt: postExcerpt(row.body),
		postedAt: row.posted_at,
		status: row.status,
		href: threadHref(row.cluster_slug, row.thread_id, row.post_id),
		thread: {
			id: row.thread_id,
			title: row.thread_title,
			href: threadHref(row.cluster_slug, row.thread_id)
		},
		cluster: { slug: row.cluster_slug, name: row.cluster_name }
	};
}

/** Open reports grouped by post (the longest-waiting first), and held posts. */
export function presentModerationQueue(
	reports: OpenReportRow[],
	held: HeldPostRow[]
): ModerationQueue {
	const byPost = new Map<number, ReportedPost>();
	for (const row of reports) {
		const known = byPost.get(row.post_id);
		if (known) {
			known.reasons.push(row.reason);
			known.reporterCount += 1;
			continue;
		}
		byPost.set(row.post_id, {
			...queuedPost({ ...row, posted_at: row.posted_at, status: row.post_status }),
			reasons: [row.reason],
			reporterCount: 1,
			firstReportedAt: row.reported_at
		});
	}
	return {
		reports: [...byPost.values()],
		held: held.map((row) =>
			queuedPost({ ...row, post_id: row.id, posted_at: row.created_at, status: 'held' })
		)
	};
}
