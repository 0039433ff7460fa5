import { offerFormAction } from '#lib/server/brokering/offers.http.ts';
import { requireSignIn } from '#lib/server/http/form.ts';
import { getOfferEditor } from '#lib/server/brokering/offers.service.ts';
import type { Actions, PageServerLoad } from './$types';

/** Signed-in people only; those without an organization are told how to join one. */
export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	return { editor: await getOfferEditor(event.locals, null) };
};

/** Rate limited and authorized in the use-case (createOffer). */
export const actions: Actions = {
	default: (event) => offerFormAction(event, null)
};
