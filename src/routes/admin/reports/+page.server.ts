import { noticeOf, queueActions } from '#lib/server/discussions/discussions-form.http.ts';
import { getModerationQueue } from '#lib/server/discussions/reports.service.ts';
import type { Actions, PageServerLoad } from './$types';

/** Every cluster's open reports and held posts: curators and admins (the admin layout signs in). */
export const load: PageServerLoad = async ({ locals, url }) => ({
	queue: await getModerationQueue(locals, 'all'),
	notice: noticeOf(url)
});

export const actions: Actions = queueActions(() => '/admin/reports');
