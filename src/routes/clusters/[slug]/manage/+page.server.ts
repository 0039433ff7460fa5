import { redirect } from '@sveltejs/kit';
import { createTranslator } from '#lib/i18n/translator.ts';
import { ENGLISH, MESSAGES } from '#lib/i18n/messages.ts';
import { getClusterManagement } from '#lib/server/clusters/cluster-management.service.ts';
import {
	clusterNotice,
	clusterSlugOf,
	manageActions
} from '#lib/server/clusters/clusters-form.http.ts';
import type { Actions, PageServerLoad } from './$types';

/** Coordinator tools: pending requests, members, the page's theme and description. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const t = createTranslator(locals.locale, MESSAGES[locals.locale] ?? {}, ENGLISH);
	return {
		notice: clusterNotice(url),
		manage: await getClusterManagement(locals, clusterSlugOf(params), t('cluster.global'))
	};
};

export const actions: Actions = manageActions;
