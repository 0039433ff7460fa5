import { textDirection } from '#lib/i18n/locales.ts';
import { isStaff } from '#lib/server/identity/actor.ts';
import { AVAILABLE_LOCALES, MESSAGES } from '#lib/i18n/messages.ts';
import { unreadCount } from '#lib/server/notifications/notifications.service.ts';
import type { LayoutServerLoad } from './$types';

/** Pages are rendered on the server and ship no JavaScript unless a page opts in. */
export const csr = false;

export const load: LayoutServerLoad = async ({ locals, url }) => ({
	locale: locals.locale,
	dir: textDirection(locals.locale),
	messages: MESSAGES[locals.locale] ?? {},
	locales: AVAILABLE_LOCALES,
	path: url.pathname,
	user: locals.user ? { displayName: locals.user.displayName, staff: isStaff(locals.actor) } : null,
	/** For the bell: null for visitors. */
	unreadNotifications:
		locals.actor.kind === 'user' ? await unreadCount(locals.db, locals.actor.userId) : null
});
