import { redirect } from '@sveltejs/kit';
import { getJoinForm } from '#lib/server/clusters/cluster-membership.service.ts';
import { clusterSlugOf, joinActions } from '#lib/server/clusters/clusters-form.http.ts';
import type { Actions, PageServerLoad } from './$types';

/** Asking to join a cluster for an organization one edits (curators: for any organization). */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return { join: await getJoinForm(locals, clusterSlugOf(params)) };
};

export const actions: Actions = joinActions;
