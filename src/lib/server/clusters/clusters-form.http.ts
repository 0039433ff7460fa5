import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { invalidInput, isDomainError, toHttpStatus } from '../http/errors.ts';
import { field, formFailure, requireSignIn } from '../http/form.ts';
import { parseInput } from '../http/query.ts';
import { apiWriteLimiter, communityContext } from '../runtime.ts';
import { slugSchema } from '../solutions/solutions.schema.ts';
import type { ClusterContext } from './cluster-context.ts';
import { updateClusterPage } from './cluster-management.service.ts';
import {
	decideMembership,
	leaveCluster,
	removeMember,
	requestMembership
} from './cluster-membership.service.ts';
import {
	addFileResource,
	addLinkResource,
	removeResource,
	ResourceTooLargeError,
	setResourcePin,
	type ResourceContext
} from './cluster-resources.service.ts';
import { resourceIdSchema } from './cluster-resources.schema.ts';
import { localAttachmentStorage } from '../solutions/solution-attachments.storage.ts';
import { checkClusterInput } from './cluster-input.ts';

/**
 * The edge of the cluster pages: the writing context, and form posts turned into one use-case
 * call, then a redirect back with a notice (post/redirect/get), or the page again with the
 * problems next to the fields and what was typed (4xx).
 */

/** Notifications through the process's job queue, and the per-account write budget. */
export function clusterContext(locals: App.Locals): ClusterContext {
	return { ...communityContext(locals), limiter: apiWriteLimiter() };
}

export function resourceContext(locals: App.Locals): ResourceContext {
	return { ...clusterContext(locals), storage: localAttachmentStorage() };
}

/** The cluster's address from the route (`/clusters/Bad Slug` → 400). */
export function clusterSlugOf(params: Partial<Record<string, string>>): string {
	return parseInput(slugSchema, params.slug);
}

/**
 * The answer of a file endpoint (map, feed, resource file) to a refusal, as plain text: a bad
 * address reads as "not found", like an unknown one. Anything else is a bug and is rethrown.
 */
export function plainErrorResponse(error: unknown): Response {
	if (!isDomainError(error)) throw error;
	const status = error.code === 'invalid_input' ? 404 : toHttpStatus(error.code);
	return new Response(`${error.message}\n`, {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
	});
}

/** The notices a cluster page may show after a redirect, by their query parameter. */
const NOTICES = [
	'requested',
	'left',
	'decided',
	'removed',
	'saved',
	'added',
	'pinned',
	'unpinned',
	'deleted'
] as const;
export type ClusterNotice = (typeof NOTICES)[number];

/** What the last action did, from the page's address (`?requested=1`). */
export function clusterNotice(url: URL): ClusterNotice | null {
	return NOTICES.find((notice) => url.searchParams.has(notice)) ?? null;
}

/**
 * One form action: sign-in first, then the use-case with the form; a redirect to what it answers,
 * or the problems (4xx) with the text fields kept.
 */
async function clusterAction(
	event: RequestEvent,
	act: (slug: string, form: FormData) => Promise<string>
) {
	requireSignIn(event);
	const slug = clusterSlugOf(event.params);
	const form = await event.request.formData();
	let location: string;
	try {
		location = await act(slug, form);
	} catch (error) {
		return formFailure(error, typedFields(form), event.setHeaders);
	}
	redirect(303, location);
}

/** What was typed, to show the form again: room for a whole description (2,000 characters). */
function typedFields(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value === 'string') values[key] = value.slice(0, 4000);
	}
	return values;
}

const fieldsOf = (form: FormData, names: string[]) =>
	Object.fromEntries(names.map((name) => [name, field(form, name)]));

/** Asking to join, from `/clusters/[slug]/join`. */
export const joinActions = {
	default: (event: RequestEvent) =>
		clusterAction(event, async (slug, form) => {
			await requestMembership(
				clusterContext(event.locals),
				slug,
				fieldsOf(form, ['organization', 'statement'])
			);
			return `/clusters/${slug}?requested=1`;
		})
};

/** Leaving (or withdrawing a request), from the cluster page. */
export const clusterPageActions = {
	leave: (event: RequestEvent) =>
		clusterAction(event, async (slug, form) => {
			await leaveCluster(clusterContext(event.locals), slug, fieldsOf(form, ['organization']));
			return `/clusters/${slug}?left=1`;
		})
};

/** The coordinator tools of `/clusters/[slug]/manage`. */
export const manageActions = {
	decide: (event: RequestEvent) =>
		clusterAction(event, async (slug, form) => {
			await decideMembership(
				clusterContext(event.locals),
				slug,
				fieldsOf(form, ['organization', 'decision', 'note'])
			);
			return `/clusters/${slug}/manage?decided=1#requests`;
		}),
	remove: (event: RequestEvent) =>
		clusterAction(event, async (slug, form) => {
			await removeMember(clusterContext(event.locals), slug, fieldsOf(form, ['organization']));
			return `/clusters/${slug}/manage?removed=1#members`;
		}),
	page: (event: RequestEvent) =>
		clusterAction(event, async (slug, form) => {
			await updateClusterPage(
				clusterContext(event.locals),
				slug,
				fieldsOf(form, ['theme', 'description'])
			);
			return `/clusters/${slug}/manage?saved=1`;
		})
};

/** A body over BODY_SIZE_LIMIT fails while it is read (adapter-node answers 413 with it). */
function isBodyTooLarge(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'status' in error && error.status === 413;
}

/** The resource a form names; a tampered id is answered with its own reason, not a summary. */
function resourceId(event: RequestEvent, form: FormData): number {
	const checked = checkClusterInput(resourceIdSchema, field(form, 'id'), event.locals.locale);
	if (checked.ok) return checked.data;
	throw invalidInput(checked.problems, checked.problems[0]?.reason);
}

/** The resource tools of `/clusters/[slug]/resources`. */
export const resourceActions = {
	link: (event: RequestEvent) =>
		clusterAction(event, async (slug, form) => {
			await addLinkResource(
				clusterContext(event.locals),
				slug,
				fieldsOf(form, ['title', 'url', 'description'])
			);
			return `/clusters/${slug}/resources?added=1`;
		}),
	file: async (event: RequestEvent) => {
		requireSignIn(event);
		const slug = clusterSlugOf(event.params);
		let form: FormData;
		try {
			form = await event.request.formData();
		} catch (error) {
			if (!isBodyTooLarge(error)) throw error;
			return fail(413, formFailure(new ResourceTooLargeError(event.locals.locale), {}).data);
		}
		const file = form.get('file');
		try {
			await addFileResource(resourceContext(event.locals), slug, {
				title: field(form, 'title'),
				description: field(form, 'description'),
				file:
					file instanceof File
						? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
						: null
			});
		} catch (error) {
			const failure = formFailure(error, typedFields(form), event.setHeaders);
			return error instanceof ResourceTooLargeError ? fail(413, failure.data) : failure;
		}
		redirect(303, `/clusters/${slug}/resources?added=1`);
	},
	pin: (event: RequestEvent) =>
		clusterAction(event, async (slug, form) => {
			await setResourcePin(clusterContext(event.locals), slug, resourceId(event, form), true);
			return `/clusters/${slug}/resources?pinned=1`;
		}),
	unpin: (event: RequestEvent) =>
		clusterAction(event, async (slug, form) => {
			await setResourcePin(clusterContext(event.locals), slug, resourceId(event, form), false);
			return `/clusters/${slug}/resources?unpinned=1`;
		}),
	delete: (event: RequestEvent) =>
		clusterAction(event, async (slug, form) => {
			await removeResource(resourceContext(event.locals), slug, resourceId(event, form));
			return `/clusters/${slug}/resources?deleted=1`;
		})
};
