import { fail, redirect } from '@sveltejs/kit';
import { offerIdFrom, offerOutcome } from '#lib/server/brokering/offers.http.ts';
import { brokeringContext } from '#lib/server/brokering/brokering-form.http.ts';
import { requireSignIn, field, formFailure } from '#lib/server/http/form.ts';
import {
	deleteOffer,
	getOffer,
	reactivateOffer,
	withdrawOffer
} from '#lib/server/brokering/offers.service.ts';
import type { Actions, PageServerLoad } from './$types';

/** Public when active; a withdrawn offer only for its organization's people and curators. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const id = offerIdFrom(params);
	return { offer: await getOffer(locals, id), saved: offerOutcome(url) };
};

/** Each action is authorized and rate limited in its use-case. */
export const actions: Actions = {
	withdraw: async (event) => {
		requireSignIn(event);
		const id = offerIdFrom(event.params);
		try {
			await withdrawOffer(brokeringContext(event.locals), id);
		} catch (error) {
			return formFailure(error, {}, event.setHeaders);
		}
		redirect(303, `/offers/${id}?saved=withdrawn`);
	},
	reactivate: async (event) => {
		requireSignIn(event);
		const id = offerIdFrom(event.params);
		try {
			await reactivateOffer(brokeringContext(event.locals), id);
		} catch (error) {
			return formFailure(error, {}, event.setHeaders);
		}
		redirect(303, `/offers/${id}?saved=reactivated`);
	},
	delete: async (event) => {
		requireSignIn(event);
		const id = offerIdFrom(event.params);
		// Without JavaScript there is no confirmation dialog: a ticked box says it was meant.
		if (field(await event.request.formData(), 'confirm') !== 'yes') {
			return fail(400, { deleteNotConfirmed: true });
		}
		try {
			await deleteOffer(brokeringContext(event.locals), id);
		} catch (error) {
			return formFailure(error, {}, event.setHeaders);
		}
		redirect(303, '/offers?deleted=1');
	}
};
