import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { field, formFailure, keptValues, requireSignIn } from '../http/form.ts';
import { parseInput } from '../http/query.ts';
import { apiWriteLimiter, communityContext, discussionPostingLimiters } from '../runtime.ts';
import { slugSchema } from '../solutions/solutions.schema.ts';
import { invalidSolutionForm } from '../solutions/solution-messages.ts';
import type { PostFile } from './discussion-attachments.files.ts';
import { localAttachmentStorage } from '../solutions/solution-attachments.storage.ts';
import type { DiscussionContext } from './discussions-context.ts';
import { recordIdSchema } from './discussions.schema.ts';
import { setFollow } from './follows.service.ts';
import { moderatePost, setThreadFlag } from './moderation.service.ts';
import { replyToThread, startThread, type PostingResult } from './posts.service.ts';
import { moderationQueueHref, reportPost } from './reports.service.ts';

/**
 * The edge of the discussion pages and API: the writing context, addresses parsed, form posts
 * turned into one use-case call each and answered with a redirect to the page with a notice
 * (post/redirect/get), or with the page again, the problem next to its field and the input kept.
 */

/**
 * The collaborators of the writing use-cases: posting spends the discussion posting limits,
 * other writes (follows, reports, moderation) the per-account write budget.
 */
export function discussionContext(locals: App.Locals): DiscussionContext {
	return {
		...communityContext(locals),
		storage: localAttachmentStorage(),
		postingLimiters: discussionPostingLimiters(),
		writeLimiter: apiWriteLimiter()
	};
}

export function clusterSlugOf(params: Partial<Record<string, string>>): string {
	return parseInput(slugSchema, params.slug);
}

/** `/clusters/[slug]/discussions/[thread]` → its cluster and thread (`abc` → 400). */
export function threadAddressOf(params: Partial<Record<string, string>>): {
	slug: string;
	threadId: number;
} {
	return {
		slug: clusterSlugOf(params),
		threadId: parseInput(z.object({ thread: recordIdSchema }), { thread: params.thread }).thread
	};
}

export const pageQuerySchema = z.object({
	page: z.coerce
		.number({ error: 'must be a whole number' })
		.int('must be a whole number')
		.min(1, 'must be 1 or more')
		.max(10_000, 'is too large')
		.default(1)
});

/** What the last action did, shown once at the top of the page (`?notice=posted`). */
export const NOTICES = [
	'posted',
	'held',
	'followed',
	'unfollowed',
	'reported',
	'approve',
	'reject',
	'hide',
	'unhide',
	'keep',
	'locked',
	'unlocked',
	'pinned',
	'unpinned'
] as const;
export type Notice = (typeof NOTICES)[number];

export function noticeOf(url: URL): Notice | null {
	const notice = url.searchParams.get('notice');
	return NOTICES.find((known) => known === notice) ?? null;
}

/** The query of a page for its pagination links, without the one-time notice. */
export function searchWithoutNotice(url: URL): string {
	const params = new URLSearchParams(url.search);
	params.delete('notice');
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** An address with `?notice=` added before its anchor. */
export function withNotice(href: string, notice: Notice): string {
	const [path = '', anchor] = href.split('#');
	const joined = `${path}${path.includes('?') ? '&' : '?'}notice=${notice}`;
	return anchor === undefined ? joined : `${joined}#${anchor}`;
}

/** A body over BODY_SIZE_LIMIT fails while it is read (adapter-node answers 413 with it). */
function isBodyTooLarge(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'status' in error && error.status === 413;
}

/** The form, or a 413 naming the files when the whole submission is larger than the server takes. */
async function readForm(event: RequestEvent): Promise<FormData | ReturnType<typeof tooLarge>> {
	try {
		return await event.request.formData();
	} catch (error) {
		if (!isBodyTooLarge(error)) throw error;
		return tooLarge(event);
	}
}

function tooLarge(event: RequestEvent) {
	const error = invalidSolutionForm(event.locals.locale, [
		{ field: 'attachments', key: 'discussions.error.uploadTooLarge' }
	]);
	return fail(413, formFailure(error, {}).data);
}

async function filesOf(form: FormData): Promise<PostFile[]> {
	const files = form.getAll('attachments').filter((value): value is File => value instanceof File);
	return Promise.all(
		files.map(async (file) => ({
			name: file.name,
			bytes: new Uint8Array(await file.arrayBuffer())
		}))
	);
}

async function post(
	event: RequestEvent,
	write: (context: DiscussionContext, form: FormData, files: PostFile[]) => Promise<PostingResult>
) {
	requireSignIn(event);
	const form = await readForm(event);
	if (!(form instanceof FormData)) return form;
	let result: PostingResult;
	try {
		result = await write(discussionContext(event.locals), form, await filesOf(form));
	} catch (error) {
		return formFailure(error, keptValues(form), event.setHeaders);
	}
	redirect(303, withNotice(result.href, result.status === 'held' ? 'held' : 'posted'));
}

/** `/clusters/[slug]/discussions/new`: starts the thread, then shows it. */
export function newThreadAction(event: RequestEvent) {
	const slug = clusterSlugOf(event.params);
	return post(event, (context, form, files) =>
		startThread(context, slug, {
			title: field(form, 'title'),
			body: field(form, 'body'),
			kind: field(form, 'kind') || undefined,
			files
		})
	);
}

/**
 * One action of a thread's page: sign-in first, the use-case, then back to the page with a
 * notice, or the page again with the problem (4xx).
 */
async function threadAction(
	event: RequestEvent,
	act: (
		context: DiscussionContext,
		address: { slug: string; threadId: number },
		form: FormData
	) => Promise<string>
) {
	requireSignIn(event);
	const address = threadAddressOf(event.params);
	const form = await event.request.formData();
	let location: string;
	try {
		location = await act(discussionContext(event.locals), address, form);
	} catch (error) {
		return formFailure(error, keptValues(form), event.setHeaders);
	}
	redirect(303, location);
}

const threadPage = ({ slug, threadId }: { slug: string; threadId: number }) =>
	`/clusters/${slug}/discussions/${threadId}`;

const postIdOf = (form: FormData) =>
	parseInput(z.object({ post: recordIdSchema }), { post: field(form, 'post') }).post;

function moderation(action: 'approve' | 'reject' | 'hide' | 'unhide' | 'keep') {
	return (event: RequestEvent) =>
		threadAction(event, async (context, _address, form) => {
			const { href } = await moderatePost(context, postIdOf(form), action, {
				note: field(form, 'note')
			});
			return withNotice(href, action);
		});
}

function flag(name: 'pinned' | 'locked', on: boolean) {
	return (event: RequestEvent) =>
		threadAction(event, async (context, address) => {
			await setThreadFlag(context, address, name, on);
			const notice = `${on ? '' : 'un'}${name}` as Notice;
			return withNotice(threadPage(address), notice);
		});
}

/** The form actions of `/clusters/[slug]/discussions/[thread]`, each authorized in its use-case. */
export const threadPageActions = {
	reply: (event: RequestEvent) => {
		const address = threadAddressOf(event.params);
		return post(event, (context, form, files) =>
			replyToThread(context, address, { body: field(form, 'body'), files })
		);
	},
	follow: (event: RequestEvent) =>
		threadAction(event, async (context, address) => {
			await setFollow(context, address, true);
			return withNotice(threadPage(address), 'followed');
		}),
	unfollow: (event: RequestEvent) =>
		threadAction(event, async (context, address) => {
			await setFollow(context, address, false);
			return withNotice(threadPage(address), 'unfollowed');
		}),
	report: (event: RequestEvent) =>
		threadAction(event, async (context, address, form) => {
			const postId = postIdOf(form);
			await reportPost(context, postId, { reason: field(form, 'reason') });
			return withNotice(`${threadPage(address)}#post-${postId}`, 'reported');
		}),
	approve: moderation('approve'),
	reject: moderation('reject'),
	hide: moderation('hide'),
	unhide: moderation('unhide'),
	lock: flag('locked', true),
	unlock: flag('locked', false),
	pin: flag('pinned', true),
	unpin: flag('pinned', false)
};

/** `/clusters/[slug]/discussions`: follow or stop following the cluster's discussions. */
export const clusterDiscussionActions = {
	follow: (event: RequestEvent) => followCluster(event, true),
	unfollow: (event: RequestEvent) => followCluster(event, false)
};

async function followCluster(event: RequestEvent, follow: boolean) {
	requireSignIn(event);
	const slug = clusterSlugOf(event.params);
	try {
		await setFollow(discussionContext(event.locals), { slug }, follow);
	} catch (error) {
		return formFailure(error, {}, event.setHeaders);
	}
	redirect(303, withNotice(`/clusters/${slug}/discussions`, follow ? 'followed' : 'unfollowed'));
}

/**
 * The actions of a moderation queue (a cluster's, or every cluster's at `/admin/reports`):
 * approve or reject a held post, hide a reported post or keep it; then back to the queue.
 */
export function queueActions(queueHref: (event: RequestEvent) => string) {
	const act = (action: 'approve' | 'reject' | 'hide' | 'keep') => async (event: RequestEvent) => {
		requireSignIn(event);
		const form = await event.request.formData();
		try {
			await moderatePost(discussionContext(event.locals), postIdOf(form), action, {
				note: field(form, 'note')
			});
		} catch (error) {
			return formFailure(error, keptValues(form), event.setHeaders);
		}
		redirect(303, withNotice(queueHref(event), action));
	};
	return { approve: act('approve'), reject: act('reject'), hide: act('hide'), keep: act('keep') };
}

export const clusterQueueHref = (event: RequestEvent) =>
	moderationQueueHref(clusterSlugOf(event.params));
