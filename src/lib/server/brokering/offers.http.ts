import { z } from 'zod';
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { formFailure, requireSignIn } from '../http/form.ts';
import { parseInput } from '../http/query.ts';
import { brokeringContext } from './brokering-form.http.ts';
import { keptOfferForm, offerIdSchema, readOfferForm } from './offers.schema.ts';
import { createOffer, updateOffer } from './offers.service.ts';

/**
 * The edge of the offer pages and API: the writing context, and a form post turned into one
 * use-case call and its answer into a redirect (post/redirect/get) or a 4xx that shows the form
 * again as typed, with its problems.
 */

/** The offer an address names (`/offers/12`); anything else is a 400 naming `id`. */
export function offerIdFrom(params: { id?: string }): number {
	return parseInput(z.object({ id: offerIdSchema }), params).id;
}

export const OFFER_OUTCOMES = ['created', 'updated', 'withdrawn', 'reactivated'] as const;
export type OfferOutcome = (typeof OFFER_OUTCOMES)[number];

/** What the last write did (`?saved=updated`), for the notice on the offer's page. */
export function offerOutcome(url: URL): OfferOutcome | null {
	const value = url.searchParams.get('saved');
	return OFFER_OUTCOMES.find((outcome) => outcome === value) ?? null;
}

/** Posts a new offer (id null) or saves the changes to one, from the offer form. */
export async function offerFormAction(event: RequestEvent, id: number | null) {
	requireSignIn(event);
	const input = readOfferForm(await event.request.formData());
	let savedId: number;
	try {
		const context = brokeringContext(event.locals);
		const saved =
			id === null ? await createOffer(context, input) : await updateOffer(context, { id, input });
		savedId = saved.id;
	} catch (error) {
		const failure = formFailure(error, {}, event.setHeaders);
		return fail(failure.status, { ...failure.data, input: keptOfferForm(input) });
	}
	redirect(303, `/offers/${savedId}?saved=${id === null ? 'created' : 'updated'}`);
}
