import { redirect } from '@sveltejs/kit';
import { getResourceManager } from '#lib/server/clusters/cluster-resources.service.ts';
import {
	clusterNotice,
	clusterSlugOf,
	resourceActions
} from '#lib/server/clusters/clusters-form.http.ts';
import type { Actions, PageServerLoad } from './$types';

/** Coordinators add links and files, pin and delete them. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return {
		notice: clusterNotice(url),
		manager: await getResourceManager(locals, clusterSlugOf(params))
	};
};

export const actions: Actions = resourceActions;
