import {
	needIdOf,
	needNotice,
	needPageActions
} from '#lib/server/brokering/brokering-form.http.ts';
import { getNeedPage } from '#lib/server/brokering/need-pages.service.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * Anyone who may read the need sees it (404 otherwise); its people and curators also see its
 * matches and connections.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...(await getNeedPage(locals, needIdOf(params))),
	notice: needNotice(url)
});

/** Close, reopen, delete; ask for an introduction, set a match aside, restore it. */
export const actions: Actions = needPageActions;
