import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { conflict, forbidden, unauthenticated } from '../http/errors.ts';
import { invalidSolutionForm, translatorFor } from '../solutions/solution-messages.ts';
import type { ClusterStanding } from '../clusters/cluster-standing.ts';
import { checkPostFiles, type CheckedFile, type PostFile } from './discussion-attachments.files.ts';
import { postFileWriter } from './discussion-attachments.service.ts';
import {
	announcePublishedPost,
	askForReview,
	type PublishedPost
} from './discussion-notifications.ts';
import { loadCluster, spendPost, type DiscussionContext } from './discussions-context.ts';
import { checkReplyInput, checkThreadInput } from './discussions.schema.ts';
import {
	canAnnounce,
	canTakePart,
	replyRefusal,
	shouldHoldForReview
} from './discussions.policy.ts';
import { insertFollow } from './follows.repository.ts';
import { containsLinks } from './post-content.ts';
import { ALL_POSTS, postLink, PUBLIC_POSTS } from './post-links.ts';
import { hasVisiblePost, insertPost } from './posts.repository.ts';
import { loadReadableThread } from './thread-access.ts';
import { insertThread, updateThread, type ClusterRef } from './threads.repository.ts';

/** Use-cases of writing in a discussion: start a thread, reply. Moderation is in moderation.service. */

export interface PostInput {
	body?: unknown;
	/** Files from a multipart form; the JSON API sends none. */
	files?: readonly PostFile[];
}

export interface ThreadInput extends PostInput {
	title?: unknown;
	/** `discussion` (the default) or `announcement`. */
	kind?: unknown;
}

export interface PostingResult {
	threadId: number;
	postId: number;
	/** `held` while a first post with links waits for review. */
	status: 'visible' | 'held';
	/** Where the post is shown to its author. */
	href: string;
}

function signedInUser(context: DiscussionContext): number {
	const { actor, locale } = context;
	if (actor.kind !== 'user')
		throw unauthenticated(translatorFor(locale)('discussions.error.signIn'));
	return actor.userId;
}

function refuseOutsider(context: DiscussionContext, standing: ClusterStanding): void {
	if (!canTakePart(context.actor, standing)) {
		throw forbidden(translatorFor(context.locale)('discussions.error.notMember'));
	}
}

/** Whether the post waits for review: links from someone with no visible post yet. */
async function holdsForReview(
	db: Kysely<Database>,
	standing: ClusterStanding,
	userId: number,
	body: string
): Promise<boolean> {
	const hasLinks = containsLinks(body);
	if (!hasLinks) return false;
	return shouldHoldForReview(standing, {
		hasLinks,
		authorHasVisiblePost: await hasVisiblePost(db, userId)
	});
}

/**
 * Writes a post, its files and its author's follow of the thread, then queues what it tells
 * others, all in one transaction; files written before a failure are removed.
 */
async function writePost(
	context: DiscussionContext,
	files: readonly CheckedFile[],
	work: (trx: Kysely<Database>, attach: (postId: number) => Promise<void>) => Promise<PostingResult>
): Promise<PostingResult> {
	const writer = postFileWriter(context.storage);
	const now = (context.now ?? new Date()).toISOString();
	try {
		return await context.db
			.transaction()
			.execute((trx) => work(trx, (postId) => writer.attach(trx, postId, files, now)));
	} catch (error) {
		await writer.discard();
		throw error;
	}
}

async function tellOthers(
	trx: Kysely<Database>,
	context: DiscussionContext,
	published: PublishedPost,
	held: boolean
): Promise<void> {
	if (held) await askForReview(trx, context.notify, published);
	else await announcePublishedPost(trx, context.notify, published);
}

async function linkOf(
	trx: Kysely<Database>,
	cluster: ClusterRef,
	post: { id: number; thread_id: number; created_at: string },
	held: boolean
): Promise<string> {
	return postLink(trx, cluster.slug, post, held ? ALL_POSTS : PUBLIC_POSTS);
}

/**
 * Starts a thread in a cluster: its opening post, with files, followed by its author. Members of
 * the cluster only (announcements: its coordinators and staff); a newcomer's first post with
 * links waits for review. Bad input → 400 naming each field, nothing written; too fast → 429.
 * @example await startThread(context, 'waste-management', { title: 'Sorting at source', body: '…' })
 */
export async function startThread(
	context: DiscussionContext,
	slug: string,
	input: ThreadInput
): Promise<PostingResult> {
	const { db, actor, locale } = context;
	const t = translatorFor(locale);
	const userId = signedInUser(context);
	const { cluster, standing } = await loadCluster(context, { slug });
	refuseOutsider(context, standing);
	if (input.kind === 'announcement' && !canAnnounce(actor, standing)) {
		throw forbidden(t('discussions.error.announceOnly'));
	}
	const { thread, problems } = checkThreadInput(input);
	const checkedFiles = checkPostFiles(input.files ?? []);
	problems.push(...checkedFiles.problems);
	if (problems.length > 0) throw invalidSolutionForm(locale, problems);
	await spendPost(context, t('discussions.error.postingTooFast'));
	const held = await holdsForReview(db, standing, userId, thread.body);
	const now = (context.now ?? new Date()).toISOString();
	const status = held ? 'held' : 'visible';

	return writePost(context, checkedFiles.files, async (trx, attach) => {
		const threadId = await insertThread(trx, {
			cluster_id: cluster.id,
			title: thread.title,
			kind: thread.kind,
			status,
			author_user_id: userId,
			pinned: 0,
			locked: 0,
			created_at: now,
			last_activity_at: now
		});
		const post = { thread_id: threadId, created_at: now };
		const postId = await insertPost(trx, {
			...post,
			author_user_id: userId,
			body: thread.body,
			status,
			updated_at: now
		});
		await attach(postId);
		await insertFollow(trx, userId, { kind: 'thread', id: threadId }, now);
		const link = await linkOf(trx, cluster, { ...post, id: postId }, held);
		await tellOthers(
			trx,
			context,
			{
				cluster,
				thread: { id: threadId, title: thread.title, kind: thread.kind },
				post: { id: postId, body: thread.body, authorUserId: userId },
				opening: true,
				link
			},
			held
		);
		return { threadId, postId, status, href: link };
	});
}

/**
 * Replies in a thread, with files; the author follows the thread. A locked thread refuses with
 * 409 and says so; a newcomer's first reply with links waits for review.
 * @example await replyToThread(context, { slug: 'waste-management', threadId: 3 }, { body: 'Agreed.' })
 */
export async function replyToThread(
	context: DiscussionContext,
	address: { slug: string; threadId: number } | { threadId: number },
	input: PostInput
): Promise<PostingResult> {
	const { db, actor, locale } = context;
	const t = translatorFor(locale);
	const userId = signedInUser(context);
	const { cluster, standing, thread } = await loadReadableThread(context, address);
	const refusal = replyRefusal(actor, standing, thread);
	if (refusal === 'not-member') refuseOutsider(context, standing);
	if (refusal === 'locked') throw conflict(t('discussions.error.locked'));
	if (refusal === 'not-open') throw conflict(t('discussions.error.notOpen'));
	const { body, problems } = checkReplyInput(input);
	const checkedFiles = checkPostFiles(input.files ?? []);
	problems.push(...checkedFiles.problems);
	if (problems.length > 0) throw invalidSolutionForm(locale, problems);
	await spendPost(context, t('discussions.error.postingTooFast'));
	const held = await holdsForReview(db, standing, userId, body);
	const now = (context.now ?? new Date()).toISOString();
	const status = held ? 'held' : 'visible';

	return writePost(context, checkedFiles.files, async (trx, attach) => {
		const post = { thread_id: thread.id, created_at: now };
		const postId = await insertPost(trx, {
			...post,
			author_user_id: userId,
			body,
			status,
			updated_at: now
		});
		await attach(postId);
		// A held reply does not bring the thread up: only what others can read does.
		if (!held) await updateThread(trx, thread.id, { last_activity_at: now });
		await insertFollow(trx, userId, { kind: 'thread', id: thread.id }, now);
		const link = await linkOf(trx, cluster, { ...post, id: postId }, held);
		await tellOthers(
			trx,
			context,
			{
				cluster,
				thread: { id: thread.id, title: thread.title, kind: thread.kind },
				post: { id: postId, body, authorUserId: userId },
				opening: false,
				link
			},
			held
		);
		return { threadId: thread.id, postId, status, href: link };
	});
}
