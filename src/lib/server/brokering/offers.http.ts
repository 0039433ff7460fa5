import { z } from 'zod';
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { invalidInput } from '../http/errors.ts';
import { formFailure } from '../http/form.ts';
import { parseInput } from '../http/query.ts';
import { apiWriteLimiter } from '../runtime.ts';
import { keptOfferForm, offerIdSchema, readOfferForm } from './offers.schema.ts';
import { createOffer, updateOffer, type OfferWorkContext } from './offers.service.ts';

/**
 * The edge of the offer pages and API: the writing context, and a form post turned into one
 * use-case call and its answer into a redirect (post/redirect/get) or a 4xx that shows the form
 * again as typed, with its problems.
 */

/**
 * The collaborators of the writing use-cases. Writes spend the per-account write budget that API
 * writes use too (60 a minute): far more than a person types, far less than a script floods.
 */
export function offerWorkContext(locals: App.Locals): OfferWorkContext {
	return { db: locals.db, actor: locals.actor, locale: locals.locale, limiter: apiWriteLimiter() };
}

/** The offer an address names (`/offers/12`); anything else is a 400 naming `id`. */
export function offerIdFrom(params: { id?: string }): number {
	return parseInput(z.object({ id: offerIdSchema }), params).id;
}

/** Visitors are sent to sign in first, and come back to the page they were on. */
export function requireSignIn(event: Pick<RequestEvent, 'locals' | 'url'>): void {
	if (!event.locals.user) {
		redirect(303, `/login?next=${encodeURIComponent(event.url.pathname)}`);
	}
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
		const context = offerWorkContext(event.locals);
		const saved =
			id === null ? await createOffer(context, input) : await updateOffer(context, { id, input });
		savedId = saved.id;
	} catch (error) {
		const failure = formFailure(error, {}, event.setHeaders);
		return fail(failure.status, { ...failure.data, input: keptOfferForm(input) });
	}
	redirect(303, `/offers/${savedId}?saved=${id === null ? 'created' : 'updated'}`);
}

/** A JSON request body; anything that is not a JSON object is the caller's mistake (400). */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		throw invalidInput([{ field: '(body)', reason: 'must be a JSON object' }]);
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		throw invalidInput([{ field: '(body)', reason: 'must be a JSON object' }]);
	}
	return body as Record<string, unknown>;
}
