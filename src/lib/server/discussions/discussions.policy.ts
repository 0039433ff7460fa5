import type { ClusterStanding } from '../clusters/cluster-standing.ts';
import type { Actor } from '../identity/actor.ts';

/**
 * Who may do what in a cluster's discussions (standing from `clusterStanding`).
 *
 * | | visitor | signed in | cluster member | author | coordinator, curator, admin |
 * |---|---|---|---|---|---|
 * | read visible threads and posts | ✓ | ✓ | ✓ | ✓ | ✓ |
 * | read a held or hidden post | | | | their own | ✓ |
 * | start a discussion, reply, follow, report | | | ✓ | | ✓ |
 * | post an announcement | | | | | ✓ |
 * | hide, lock, pin, approve, resolve reports | | | | | ✓ |
 * | reply in a locked thread | | | | | |
 *
 * A cluster member's first post with links waits for review (`shouldHoldForReview`), unless they
 * moderate the cluster.
 */

export interface PostVisibility {
	status: 'visible' | 'held' | 'hidden';
	author_user_id: number | null;
}

function isAuthor(actor: Actor, authorUserId: number | null): boolean {
	return actor.kind === 'user' && authorUserId !== null && actor.userId === authorUserId;
}

/** Coordinators of the cluster and staff moderate: hide, lock, pin, approve, resolve. */
export function canModerate(standing: ClusterStanding): boolean {
	return standing.coordinator || standing.staff;
}

/** Visible posts for everyone; held and hidden ones for their author and moderators. */
export function canReadPost(
	actor: Actor,
	standing: ClusterStanding,
	post: PostVisibility
): boolean {
	return post.status === 'visible' || canModerate(standing) || isAuthor(actor, post.author_user_id);
}

/** A thread reads like its opening post. */
export const canReadThread = canReadPost;

/** Start threads, reply, follow, report: signed-in members of the cluster (staff included). */
export function canTakePart(actor: Actor, standing: ClusterStanding): boolean {
	return actor.kind === 'user' && standing.member;
}

/** Announcements speak for the cluster: its coordinators and staff. */
export function canAnnounce(actor: Actor, standing: ClusterStanding): boolean {
	return canTakePart(actor, standing) && canModerate(standing);
}

/** Why a person may not reply in a thread, or null when they may. */
export type ReplyRefusal = 'not-member' | 'locked' | 'not-open';

/**
 * Replies come from those who take part, in visible threads that are not locked. A locked thread
 * takes no reply from anyone: moderators unlock it first.
 */
export function replyRefusal(
	actor: Actor,
	standing: ClusterStanding,
	thread: { locked: number; status: PostVisibility['status'] }
): ReplyRefusal | null {
	if (!canTakePart(actor, standing)) return 'not-member';
	if (thread.locked !== 0) return 'locked';
	if (thread.status !== 'visible') return 'not-open';
	return null;
}

export function canReply(
	actor: Actor,
	standing: ClusterStanding,
	thread: { locked: number; status: PostVisibility['status'] }
): boolean {
	return replyRefusal(actor, standing, thread) === null;
}

/** Anyone who takes part reports others' visible posts, once each. */
export function canReport(actor: Actor, standing: ClusterStanding, post: PostVisibility): boolean {
	return (
		canTakePart(actor, standing) &&
		post.status === 'visible' &&
		!isAuthor(actor, post.author_user_id)
	);
}

/**
 * Spam defence: a post with links waits for review while its author has no visible post yet.
 * Moderators of the cluster are trusted.
 */
export function shouldHoldForReview(
	standing: ClusterStanding,
	post: { hasLinks: boolean; authorHasVisiblePost: boolean }
): boolean {
	return post.hasLinks && !post.authorHasVisiblePost && !canModerate(standing);
}
