import {
	clusterDiscussionActions,
	clusterSlugOf,
	noticeOf,
	pageQuerySchema,
	searchWithoutNotice
} from '#lib/server/discussions/discussions-form.http.ts';
import { getDiscussionsPage } from '#lib/server/discussions/discussion-pages.service.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import type { Actions, PageServerLoad } from './$types';

/** Public: anyone reads a cluster's visible threads; members follow the cluster from here. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { page } = parseQuery(pageQuerySchema, url.searchParams);
	return {
		...(await getDiscussionsPage(locals, clusterSlugOf(params), page)),
		signedIn: locals.user !== null,
		notice: noticeOf(url),
		search: searchWithoutNotice(url)
	};
};

/** Follow or stop following the cluster's discussions: members, in the use-case. */
export const actions: Actions = clusterDiscussionActions;
