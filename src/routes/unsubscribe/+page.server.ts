import {
	unsubscribeAction,
	unsubscribePage
} from '#lib/server/notifications/notifications.http.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The link in every notification email. GET only asks (mail scanners open links); POST, from
 * the page's button or a mail program's one-click (RFC 8058), unsubscribes. No session needed:
 * the token is the key.
 */
export const load: PageServerLoad = ({ locals, url }) => unsubscribePage(locals, url);

export const actions: Actions = { default: unsubscribeAction };
