import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { field, formFailure, keptValues, requireSignIn } from '../http/form.ts';
import { requestOrigin } from '../http/session-cookie.ts';
import { apiWriteLimiter } from '../runtime.ts';
import type { NotificationsContext } from './notifications.service.ts';
import { markAllRead, markRead } from './notifications.service.ts';
import { savePreferences } from './preferences.service.ts';
import { isNotificationKind } from './notification-kinds.ts';
import { kindLabelKey } from './notifications.presenter.ts';
import { notFound } from '../http/errors.ts';
import {
	readUnsubscribeLink,
	unsubscribe,
	type UnsubscribeContext
} from './unsubscribe.service.ts';

/**
 * The edge of the notification pages: the writing context, and form posts turned into one
 * use-case call and a redirect (post/redirect/get), or a 4xx that shows the page again.
 */

/** Writes spend the per-account budget that API writes use too (60 a minute). */
export function notificationsContext(locals: App.Locals): NotificationsContext {
	return { db: locals.db, actor: locals.actor, locale: locals.locale, limiter: apiWriteLimiter() };
}

/** The list page to go back to after marking read: the same page, with what was done. */
function backToList(form: FormData, done: 'read' | 'all-read'): string {
	const page = Number(field(form, 'page'));
	const params = new URLSearchParams();
	if (Number.isInteger(page) && page > 1) params.set('page', String(page));
	params.set('done', done);
	return `/notifications?${params}`;
}

/** `?/markRead` on /notifications: one notification, by the `id` field. */
export async function markReadAction(event: RequestEvent) {
	requireSignIn(event);
	const form = await event.request.formData();
	try {
		await markRead(notificationsContext(event.locals), field(form, 'id'));
	} catch (error) {
		return formFailure(error, {}, event.setHeaders);
	}
	redirect(303, backToList(form, 'read'));
}

/** `?/markAllRead` on /notifications. */
export async function markAllReadAction(event: RequestEvent) {
	requireSignIn(event);
	const form = await event.request.formData();
	try {
		await markAllRead(notificationsContext(event.locals));
	} catch (error) {
		return formFailure(error, {}, event.setHeaders);
	}
	redirect(303, backToList(form, 'all-read'));
}

/** The email choices form: one field per kind. */
export async function savePreferencesAction(event: RequestEvent) {
	requireSignIn(event);
	const form = await event.request.formData();
	const input = Object.fromEntries(
		[...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string')
	);
	try {
		await savePreferences(notificationsContext(event.locals), input);
	} catch (error) {
		return formFailure(error, keptValues(form), event.setHeaders);
	}
	redirect(303, '/account/notifications?saved=1');
}

/** The body of an RFC 8058 one-click POST, sent by a mail program rather than a person. */
const ONE_CLICK = 'One-Click';

/**
 * A POST to /unsubscribe: the confirmation page's button (the token in a field; answered with a
 * redirect to the page saying it is done) or a mail program's one-click POST to the link in the
 * List-Unsubscribe header (the token in the address, `List-Unsubscribe=One-Click` in the body;
 * answered 200, no redirect to follow). Neither needs a session.
 */
export async function unsubscribeAction(event: RequestEvent) {
	const form = await event.request.formData();
	const token = field(form, 'token') || event.url.searchParams.get('token');
	const context: UnsubscribeContext = {
		db: event.locals.db,
		limiter: apiWriteLimiter(),
		clientKey: requestOrigin(event).ip
	};
	let kind: string;
	try {
		kind = (await unsubscribe(context, token)).kind ?? 'all';
	} catch (error) {
		const failure = formFailure(error, {}, event.setHeaders);
		return fail(failure.status, { ...failure.data, unsubscribed: null });
	}
	if (field(form, 'List-Unsubscribe') === ONE_CLICK) return { unsubscribed: kind };
	redirect(303, `/unsubscribe?done=${encodeURIComponent(kind)}`);
}

/** What /unsubscribe shows: the question (`?token=…`), or what was turned off (`?done=…`). */
export type UnsubscribeView =
	| { view: 'confirm'; token: string; kindLabel: string | null; used: boolean }
	| { view: 'done'; kindLabel: string | null };

/** Reads the page's address; changes nothing, since mail scanners open links too. */
export async function unsubscribePage(locals: App.Locals, url: URL): Promise<UnsubscribeView> {
	const done = url.searchParams.get('done');
	if (done !== null) {
		if (done === 'all') return { view: 'done', kindLabel: null };
		if (isNotificationKind(done)) return { view: 'done', kindLabel: kindLabelKey(done) };
		throw notFound('unsubscribe link');
	}
	const token = url.searchParams.get('token') ?? '';
	const scope = await readUnsubscribeLink(locals.db, token);
	return {
		view: 'confirm',
		token,
		kindLabel: scope.kind === null ? null : kindLabelKey(scope.kind),
		used: scope.used
	};
}
