import {
	needFormAction,
	needIdOf,
	needSuggestAction
} from '#lib/server/brokering/brokering-form.http.ts';
import { requireSignIn } from '#lib/server/http/form.ts';
import { getNeedFormPage } from '#lib/server/brokering/need-pages.service.ts';
import type { Actions, PageServerLoad } from './$types';

/** The need's people and curators (403 for other readers, 404 for those who may not read it). */
export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	return getNeedFormPage(event.locals, needIdOf(event.params));
};

/** Rate limited and authorized in the use-case (updateNeed). */
export const actions: Actions = {
	save: (event) => needFormAction(event, needIdOf(event.params)),
	suggest: needSuggestAction
};
