import { clusterStanding } from '../clusters/cluster-standing.ts';
import type { ReadContext } from '../context.ts';
import { forbidden, unauthenticated } from '../http/errors.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import { loadCluster, spendWrite, type DiscussionContext } from './discussions-context.ts';
import { canTakePart } from './discussions.policy.ts';
import {
	deleteFollow,
	insertFollow,
	isFollowing,
	type FollowTarget
} from './follows.repository.ts';
import { loadReadableThread } from './thread-access.ts';

/**
 * Follows or stops following a cluster's discussions (`{ slug }`) or one thread (`{ slug,
 * threadId }`): members of the cluster. Following twice, or leaving what one does not follow, is
 * no error.
 * @example await setFollow(context, { slug: 'energy' }, true)
 */
export async function setFollow(
	context: DiscussionContext,
	address: { slug: string; threadId?: number },
	follow: boolean
): Promise<void> {
	const { actor, locale } = context;
	const t = translatorFor(locale);
	if (actor.kind !== 'user') throw unauthenticated(t('discussions.error.signIn'));
	let target: FollowTarget;
	let standing;
	if (address.threadId === undefined) {
		const found = await loadCluster(context, { slug: address.slug });
		target = { kind: 'cluster', id: found.cluster.id };
		standing = found.standing;
	} else {
		const found = await loadReadableThread(context, {
			slug: address.slug,
			threadId: address.threadId
		});
		target = { kind: 'thread', id: found.thread.id };
		standing = found.standing;
	}
	if (!canTakePart(actor, standing)) throw forbidden(t('discussions.error.notMember'));
	await spendWrite(context, t('discussions.error.actingTooFast'));
	const now = (context.now ?? new Date()).toISOString();
	if (follow) await insertFollow(context.db, actor.userId, target, now);
	else await deleteFollow(context.db, actor.userId, target);
}

/**
 * Whether the reader may follow a cluster's discussions (its members) and already does, for a
 * follow button outside the discussions pages (the cluster's own page).
 */
export async function clusterFollowState(
	{ db, actor }: ReadContext,
	clusterId: number
): Promise<{ canFollow: boolean; following: boolean }> {
	if (actor.kind !== 'user') return { canFollow: false, following: false };
	const standing = await clusterStanding(db, actor, clusterId);
	if (!canTakePart(actor, standing)) return { canFollow: false, following: false };
	return {
		canFollow: true,
		following: await isFollowing(db, actor.userId, { kind: 'cluster', id: clusterId })
	};
}
