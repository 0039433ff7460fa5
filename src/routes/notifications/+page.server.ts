import { requireSignIn } from '#lib/server/http/form.ts';
import { markAllReadAction, markReadAction } from '#lib/server/notifications/notifications.http.ts';
import { listNotifications } from '#lib/server/notifications/notifications.service.ts';
import type { Actions, PageServerLoad } from './$types';

/** The signed-in person's notifications, newest first, twenty a page. */
export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	const { locals, url } = event;
	const notifications = await listNotifications(locals, {
		page: url.searchParams.get('page') ?? undefined
	});
	const done = url.searchParams.get('done');
	return {
		...notifications,
		search: url.search,
		done: done === 'read' || done === 'all-read' ? done : null
	};
};

export const actions: Actions = {
	markRead: markReadAction,
	markAllRead: markAllReadAction
};
