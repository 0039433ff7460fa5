import { offerIdFrom } from '#lib/server/brokering/offers.http.ts';
import { brokeringContext } from '#lib/server/brokering/brokering-form.http.ts';
import { readJsonObject, apiRoute } from '#lib/server/http/api.ts';
import { deleteOffer, getOffer, updateOffer } from '#lib/server/brokering/offers.service.ts';
import type { RequestHandler } from './$types';

/** One offer; a withdrawn one only for its organization's people and curators (404 otherwise). */
export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await getOffer(locals, offerIdFrom(params))
}));

/**
 * Changes the fields given (`{"title":"…"}`); `{"status":"withdrawn"}` withdraws the offer and
 * `{"status":"active"}` restores it. The offering organization's people and curators.
 */
export const PATCH: RequestHandler = apiRoute(async ({ locals, params, request }) => {
	const id = offerIdFrom(params);
	return {
		data: await updateOffer(brokeringContext(locals), { id, input: await readJsonObject(request) })
	};
});

/** Deletes the offer for good (withdraw it with PATCH to keep it). */
export const DELETE: RequestHandler = apiRoute(async ({ locals, params }) => {
	const id = offerIdFrom(params);
	await deleteOffer(brokeringContext(locals), id);
	return { data: { id, deleted: true } };
});
