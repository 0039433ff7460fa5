import { brokeringContext } from '#lib/server/brokering/brokering-form.http.ts';
import { readJsonObject, apiCreateRoute, apiRoute } from '#lib/server/http/api.ts';
import { offerListQuerySchema } from '#lib/server/brokering/offers.schema.ts';
import { createOffer, listOffers } from '#lib/server/brokering/offers.service.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import type { RequestHandler } from './$types';

/**
 * Offers, the most recently changed first:
 * `?q=&support=&sector=&language=&region=&organization=&status=active|withdrawn&page=&pageSize=`.
 */
export const GET: RequestHandler = apiRoute(({ locals, url }) =>
	listOffers(locals, parseQuery(offerListQuerySchema, url.searchParams))
);

/**
 * Posts an offer (a read-write token of a member of the organization, or a curator's):
 * `{"organization","title","description","language","supportTypes":[],"sectors":[],"languages":[],"regions":[]}`.
 */
export const POST: RequestHandler = apiCreateRoute(async ({ locals, request }) => ({
	data: await createOffer(brokeringContext(locals), await readJsonObject(request))
}));
