import { needFormAction, needSuggestAction } from '#lib/server/brokering/brokering-form.http.ts';
import { requireSignIn } from '#lib/server/http/form.ts';
import { getNeedFormPage } from '#lib/server/brokering/need-pages.service.ts';
import type { Actions, PageServerLoad } from './$types';

/** Signed-in people only; those without an organization are told how to join one. */
export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	return getNeedFormPage(event.locals, null);
};

/** Rate limited and authorized in the use-case (createNeed); suggestions need no right. */
export const actions: Actions = {
	save: (event) => needFormAction(event, null),
	suggest: needSuggestAction
};
