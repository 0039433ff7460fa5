import { requireSignIn } from '#lib/server/http/form.ts';
import {
	clusterQueueHref,
	clusterSlugOf,
	noticeOf,
	queueActions
} from '#lib/server/discussions/discussions-form.http.ts';
import { getModerationQueue } from '#lib/server/discussions/reports.service.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The cluster's moderation queue: its coordinators and staff (the admin area is for staff only,
 * so coordinators moderate here; curators also have every cluster's at /admin/reports).
 */
export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	return {
		queue: await getModerationQueue(event.locals, { slug: clusterSlugOf(event.params) }),
		notice: noticeOf(event.url)
	};
};

export const actions: Actions = queueActions(clusterQueueHref);
