import {
	noticeOf,
	pageQuerySchema,
	searchWithoutNotice,
	threadAddressOf,
	threadPageActions
} from '#lib/server/discussions/discussions-form.http.ts';
import { getThreadPage } from '#lib/server/discussions/discussion-pages.service.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * Anyone reads a visible thread (404 otherwise); members reply, follow and report; the cluster's
 * coordinators and staff also see held and hidden posts and moderate.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { page } = parseQuery(pageQuerySchema, url.searchParams);
	return {
		...(await getThreadPage(locals, threadAddressOf(params), page)),
		signedIn: locals.user !== null,
		notice: noticeOf(url),
		search: searchWithoutNotice(url)
	};
};

/** Reply, follow, report; approve, reject, hide, unhide, lock, pin: each authorized in its use-case. */
export const actions: Actions = threadPageActions;
