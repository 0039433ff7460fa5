import { isUniqueViolation } from '../db/dialects/index.ts';
import type { ReadContext } from '../context.ts';
import { conflict, forbidden, notFound, unauthenticated } from '../http/errors.ts';
import { isStaff } from '../identity/actor.ts';
import { invalidSolutionForm, translatorFor } from '../solutions/solution-messages.ts';
import { reportToModerators } from './discussion-notifications.ts';
import { loadCluster, spendWrite, type DiscussionContext } from './discussions-context.ts';
import { checkReportInput } from './discussions.schema.ts';
import { canModerate, canReadPost, canTakePart } from './discussions.policy.ts';
import { presentModerationQueue, type ModerationQueue } from './reports.presenter.ts';
import { findHeldPosts, findPostInContext } from './posts.repository.ts';
import { findOpenReports, findReportedPostIds, insertReport } from './reports.repository.ts';
import type { ClusterRef } from './threads.repository.ts';

/** How many open reports and held posts one queue page lists. */
const QUEUE_LIMIT = 200;

/** Where a cluster's coordinators find its moderation queue. */
export const moderationQueueHref = (clusterSlug: string) =>
	`/clusters/${clusterSlug}/discussions/moderation`;

/**
 * Reports another member's visible post, once; the cluster's coordinators are told. Members of
 * the cluster only. A second report of the same post by the same person → 409.
 * @example await reportPost(context, 42, { reason: 'Advertising unrelated to waste' })
 */
export async function reportPost(
	context: DiscussionContext,
	postId: number,
	input: { reason?: unknown }
): Promise<{ reportId: number }> {
	const { db, actor, locale } = context;
	const t = translatorFor(locale);
	if (actor.kind !== 'user') throw unauthenticated(t('discussions.error.signIn'));
	const post = await findPostInContext(db, postId);
	if (!post) throw notFound('post');
	const { cluster, standing } = await loadCluster(context, { id: post.cluster_id });
	if (!canReadPost(actor, standing, post)) throw notFound('post');
	if (!canTakePart(actor, standing)) throw forbidden(t('discussions.error.notMember'));
	if (post.author_user_id === actor.userId) throw forbidden(t('discussions.error.ownPost'));
	if (post.status !== 'visible') throw conflict(t('discussions.error.notReportable'));
	const { reason, problems } = checkReportInput(input);
	if (problems.length > 0) throw invalidSolutionForm(locale, problems);
	const alreadyReported = conflict(t('discussions.error.alreadyReported'));
	if ((await findReportedPostIds(db, actor.userId, [post.id])).size > 0) throw alreadyReported;
	await spendWrite(context, t('discussions.error.actingTooFast'));
	const now = (context.now ?? new Date()).toISOString();
	try {
		return await db.transaction().execute(async (trx) => {
			const reportId = await insertReport(trx, {
				post_id: post.id,
				reporter_user_id: actor.userId,
				reason,
				created_at: now
			});
			await reportToModerators(
				trx,
				context.notify,
				{
					id: reportId,
					reporterUserId: actor.userId,
					reason,
					queueLink: moderationQueueHref(cluster.slug)
				},
				{
					cluster,
					thread: { id: post.thread_id, title: post.thread_title, kind: post.thread_kind },
					post: { id: post.id, body: post.body, authorUserId: post.author_user_id }
				}
			);
			return { reportId };
		});
	} catch (error) {
		// Two reports sent at once: the second loses the race on the unique constraint.
		if (isUniqueViolation(error)) throw alreadyReported;
		throw error;
	}
}

/**
 * The moderation queue: open reports, by post, and held posts waiting for review. One cluster's
 * for its coordinators and staff (`{ slug }`), or every cluster's for curators and admins.
 */
export async function getModerationQueue(
	context: ReadContext,
	scope: { slug: string } | 'all'
): Promise<ModerationQueue & { cluster: ClusterRef | null }> {
	const { db, actor, locale } = context;
	const t = translatorFor(locale);
	if (actor.kind === 'visitor') throw unauthenticated();
	let cluster: ClusterRef | null = null;
	if (scope === 'all') {
		if (!isStaff(actor)) throw forbidden(t('discussions.error.moderatorsOnly'));
	} else {
		const found = await loadCluster(context, scope);
		if (!canModerate(found.standing)) throw forbidden(t('discussions.error.moderatorsOnly'));
		cluster = found.cluster;
	}
	const clusterIds = cluster ? [cluster.id] : null;
	const [reports, held] = await Promise.all([
		findOpenReports(db, clusterIds, QUEUE_LIMIT),
		findHeldPosts(db, clusterIds, QUEUE_LIMIT)
	]);
	return { cluster, ...presentModerationQueue(reports, held) };
}
