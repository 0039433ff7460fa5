import { requireSignIn } from '#lib/server/http/form.ts';
import { clusterSlugOf, newThreadAction } from '#lib/server/discussions/discussions-form.http.ts';
import { getNewThreadPage } from '#lib/server/discussions/discussion-pages.service.ts';
import type { Actions, PageServerLoad } from './$types';

/** Signed-in people; those outside the cluster are told how to join it. */
export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	return getNewThreadPage(event.locals, clusterSlugOf(event.params));
};

/** Authorized and rate limited in the use-case (startThread). */
export const actions: Actions = { default: newThreadAction };
