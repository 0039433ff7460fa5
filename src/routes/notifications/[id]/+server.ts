import { redirect } from '@sveltejs/kit';
import { openNotification } from '#lib/server/notifications/notifications.service.ts';
import type { RequestHandler } from './$types';

/**
 * Opens a notification (the links of the list and of emails): marks it read and goes on to what
 * it is about. Visitors sign in first and come back; someone else's notification is a 404.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	redirect(303, await openNotification(locals, params.id));
};
