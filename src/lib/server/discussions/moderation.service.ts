import { conflict, forbidden, notFound, unauthenticated } from '../http/errors.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import { invalidSolutionForm, translatorFor } from '../solutions/solution-messages.ts';
import { announcePublishedPost } from './discussion-notifications.ts';
import {
	actorUserId,
	loadCluster,
	spendWrite,
	type DiscussionContext
} from './discussions-context.ts';
import { checkModerationNote } from './discussions.schema.ts';
import { canModerate, canReadPost } from './discussions.policy.ts';
import { ALL_POSTS, postLink, PUBLIC_POSTS } from './post-links.ts';
import {
	findOpeningPost,
	findPostInContext,
	updatePostStatus,
	type PostRow
} from './posts.repository.ts';
import { resolveReportsOf } from './reports.repository.ts';
import { loadReadableThread } from './thread-access.ts';
import { updateThread } from './threads.repository.ts';

/**
 * What moderators (the cluster's coordinators, curators, admins) do to posts:
 *
 * | action | from | to | reports |
 * |---|---|---|---|
 * | approve | held | visible (its notifications go out now) | |
 * | reject | held | hidden | |
 * | hide | visible | hidden | resolved: hidden |
 * | unhide | hidden | visible | |
 * | keep | visible | visible | resolved: kept |
 *
 * A thread reads like its opening post: hiding, approving or rejecting that post does the same
 * to the thread.
 */
export const POST_MODERATIONS = {
	approve: { from: ['held'], to: 'visible', refusal: 'discussions.error.cannot.approve' },
	reject: { from: ['held'], to: 'hidden', refusal: 'discussions.error.cannot.reject' },
	hide: { from: ['visible'], to: 'hidden', refusal: 'discussions.error.cannot.hide' },
	unhide: { from: ['hidden'], to: 'visible', refusal: 'discussions.error.cannot.unhide' },
	keep: { from: ['visible'], to: 'visible', refusal: 'discussions.error.cannot.keep' }
} as const satisfies Record<
	string,
	{ from: readonly PostRow['status'][]; to: PostRow['status']; refusal: string }
>;

export type PostModeration = keyof typeof POST_MODERATIONS;

function refuseNonModerator(context: DiscussionContext, allowed: boolean): void {
	if (context.actor.kind === 'visitor') throw unauthenticated();
	if (!allowed) throw forbidden(translatorFor(context.locale)('discussions.error.moderatorsOnly'));
}

/**
 * Approves, rejects, hides, unhides or keeps a post (see the table above), with an optional note
 * its author sees. Resolving a post's reports is part of hiding or keeping it. Returns the post's
 * address as moderators see the thread.
 * @example await moderatePost(context, 42, 'hide', { note: 'Advertising' })
 */
export async function moderatePost(
	context: DiscussionContext,
	postId: number,
	action: PostModeration,
	input: { note?: unknown } = {}
): Promise<{ href: string; clusterSlug: string }> {
	const { db, actor, locale } = context;
	const t = translatorFor(locale);
	const post = await findPostInContext(db, postId);
	if (!post) throw notFound('post');
	const { cluster, standing } = await loadCluster(context, { id: post.cluster_id });
	if (!canReadPost(actor, standing, post)) throw notFound('post');
	refuseNonModerator(context, canModerate(standing));
	const { note, problems } = checkModerationNote(input);
	if (problems.length > 0) throw invalidSolutionForm(locale, problems);
	const rule = POST_MODERATIONS[action];
	if (!(rule.from as readonly string[]).includes(post.status)) {
		throw conflict(t(rule.refusal));
	}
	await spendWrite(context, t('discussions.error.actingTooFast'));
	const now = (context.now ?? new Date()).toISOString();
	const moderator = actorUserId(context);

	const href = await db.transaction().execute(async (trx) => {
		if (action !== 'keep') {
			await updatePostStatus(trx, post.id, {
				status: rule.to,
				moderated_by: moderator,
				moderated_at: now,
				moderation_note: note
			});
		}
		const opening = (await findOpeningPost(trx, post.thread_id))?.id === post.id;
		if (opening && action !== 'keep') await updateThread(trx, post.thread_id, { status: rule.to });
		if (action === 'hide' || action === 'keep') {
			await resolveReportsOf(trx, post.id, {
				by: moderator,
				at: now,
				outcome: action === 'hide' ? 'hidden' : 'kept'
			});
		}
		if (action === 'approve') {
			const link = await postLink(trx, cluster.slug, post, PUBLIC_POSTS);
			// Others see it from now on: it rises like a new post, and tells whom it would have.
			await updateThread(trx, post.thread_id, { last_activity_at: now });
			await announcePublishedPost(trx, context.notify, {
				cluster,
				thread: { id: post.thread_id, title: post.thread_title, kind: post.thread_kind },
				post: { id: post.id, body: post.body, authorUserId: post.author_user_id },
				opening,
				link
			});
		}
		await recordAudit(trx, {
			action: `discussion.post.${action}`,
			actorUserId: moderator,
			subjectType: 'discussion_post',
			subjectId: post.id,
			details: { cluster: cluster.slug, thread: post.thread_id, ...(note ? { note } : {}) },
			at: now
		});
		// Back where the moderator was: they see every post, so pages fall as for them.
		return postLink(trx, cluster.slug, post, ALL_POSTS);
	});
	return { href, clusterSlug: cluster.slug };
}

export type ThreadFlag = 'pinned' | 'locked';

/**
 * Pins or unpins, locks or unlocks a thread: the cluster's coordinators and staff.
 * @example await setThreadFlag(context, { slug, threadId }, 'locked', true)
 */
export async function setThreadFlag(
	context: DiscussionContext,
	address: { slug: string; threadId: number },
	flag: ThreadFlag,
	on: boolean
): Promise<void> {
	const { db, locale } = context;
	const { cluster, standing, thread } = await loadReadableThread(context, address);
	refuseNonModerator(context, canModerate(standing));
	await spendWrite(context, translatorFor(locale)('discussions.error.actingTooFast'));
	const now = (context.now ?? new Date()).toISOString();
	await db.transaction().execute(async (trx) => {
		await updateThread(trx, thread.id, { [flag]: on ? 1 : 0 });
		await recordAudit(trx, {
			action: `discussion.thread.${on ? '' : 'un'}${flag === 'pinned' ? 'pin' : 'lock'}`,
			actorUserId: actorUserId(context),
			subjectType: 'discussion_thread',
			subjectId: thread.id,
			details: { cluster: cluster.slug },
			at: now
		});
	});
}
