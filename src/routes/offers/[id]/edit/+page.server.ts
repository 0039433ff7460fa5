import { offerFormAction, offerIdFrom } from '#lib/server/brokering/offers.http.ts';
import { requireSignIn } from '#lib/server/http/form.ts';
import { getOfferEditor } from '#lib/server/brokering/offers.service.ts';
import type { Actions, PageServerLoad } from './$types';

/** The offering organization's active members and curators. */
export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	const id = offerIdFrom(event.params);
	return { editor: await getOfferEditor(event.locals, id) };
};

/** Rate limited and authorized in the use-case (updateOffer). */
export const actions: Actions = {
	default: (event) => offerFormAction(event, offerIdFrom(event.params))
};
