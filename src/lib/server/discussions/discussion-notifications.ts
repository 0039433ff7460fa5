import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { NotificationEvent, Notify } from '../notifications/notification-events.ts';
import { findClusterPeople } from './mentions.repository.ts';
import { findMentions, mentionHandle, postExcerpt } from './post-content.ts';
import type { ClusterRef } from './threads.repository.ts';

/**
 * The notifications a discussion sends, each queued in the transaction of the write that caused
 * it. Who exactly receives them (followers then, never the actor, each person's preferences) is
 * decided by the notifications module's fan-out.
 */

export interface PublishedPost {
	cluster: ClusterRef;
	thread: { id: number; title: string; kind: 'discussion' | 'announcement' };
	post: { id: number; body: string; authorUserId: number | null };
	/** Whether it opens its thread. */
	opening: boolean;
	/** The post's address on the site (with the page it falls on). */
	link: string;
}

function eventOf(
	published: PublishedPost,
	kind: NotificationEvent['kind'],
	audience: NotificationEvent['audience']
): NotificationEvent {
	const { cluster, thread, post, opening, link } = published;
	return {
		kind,
		actorUserId: post.authorUserId,
		clusterId: cluster.id,
		subject: opening ? { kind: 'thread', id: thread.id } : { kind: 'post', id: post.id },
		title: thread.title,
		excerpt: postExcerpt(post.body),
		link,
		audience
	};
}

/**
 * The people a post mentions, among those one may mention in the cluster, without its author.
 * @example await mentionedUserIds(db, clusterId, 'Thanks @amara-kamara', authorId) // [12]
 */
export async function mentionedUserIds(
	db: Kysely<Database>,
	clusterId: number,
	body: string,
	authorUserId: number | null
): Promise<number[]> {
	const handles = new Set(findMentions(body));
	if (handles.size === 0) return [];
	const people = await findClusterPeople(db, clusterId);
	return people
		.filter(
			(person) => person.id !== authorUserId && handles.has(mentionHandle(person.display_name))
		)
		.map((person) => person.id);
}

/**
 * A post others may now read (written by a trusted member, or approved): a new thread to the
 * cluster's followers (an announcement as such), a reply to the thread's followers, and a
 * mention to each person named (who is left out of the first two).
 */
export async function announcePublishedPost(
	db: Kysely<Database>,
	notify: Notify,
	published: PublishedPost
): Promise<void> {
	const { cluster, thread, post, opening } = published;
	// Someone a post names hears of it once, as a mention, not also as a follower.
	const mentioned = await mentionedUserIds(db, cluster.id, post.body, post.authorUserId);
	const exceptUserIds = mentioned.length > 0 ? mentioned : undefined;
	if (opening) {
		const kind = thread.kind === 'announcement' ? 'cluster.announcement' : 'discussion.thread';
		await notify(
			db,
			eventOf(published, kind, {
				followersOf: [{ kind: 'cluster', id: cluster.id }],
				exceptUserIds
			})
		);
	} else {
		await notify(
			db,
			eventOf(published, 'discussion.reply', {
				followersOf: [{ kind: 'thread', id: thread.id }],
				exceptUserIds
			})
		);
	}
	if (mentioned.length > 0) {
		await notify(db, eventOf(published, 'discussion.mention', { userIds: mentioned }));
	}
}

/** A first post with links waits for review: the cluster's coordinators are asked to look. */
export async function askForReview(
	db: Kysely<Database>,
	notify: Notify,
	held: PublishedPost
): Promise<void> {
	await notify(db, eventOf(held, 'moderation.review', { coordinatorsOf: held.cluster.id }));
}

/** A post was reported: the cluster's coordinators are asked to look at the queue. */
export async function reportToModerators(
	db: Kysely<Database>,
	notify: Notify,
	report: { id: number; reporterUserId: number; reason: string; queueLink: string },
	reported: Omit<PublishedPost, 'link' | 'opening'>
): Promise<void> {
	await notify(db, {
		kind: 'moderation.review',
		actorUserId: report.reporterUserId,
		clusterId: reported.cluster.id,
		subject: { kind: 'report', id: report.id },
		title: reported.thread.title,
		excerpt: postExcerpt(reported.post.body),
		link: report.queueLink,
		audience: { coordinatorsOf: reported.cluster.id }
	});
}
