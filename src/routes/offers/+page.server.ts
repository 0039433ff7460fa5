import { parseQuery } from '#lib/server/http/query.ts';
import { offerListQuerySchema } from '#lib/server/brokering/offers.schema.ts';
import { getOfferFilterOptions, listOffers } from '#lib/server/brokering/offers.service.ts';
import type { PageServerLoad } from './$types';

/** Public: active offers for everyone; withdrawn ones only for their people and curators. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseQuery(offerListQuerySchema, url.searchParams);
	const [offers, options] = await Promise.all([
		listOffers(locals, query),
		getOfferFilterOptions(locals)
	]);
	return {
		query,
		search: url.search,
		options,
		signedIn: locals.user !== null,
		deleted: url.searchParams.get('deleted') === '1',
		withoutOrganization: withoutOrganization(url),
		...offers
	};
};

/** The current list without the organization filter (and back to page 1). */
function withoutOrganization(url: URL): string {
	const params = new URLSearchParams(url.search);
	params.delete('organization');
	params.delete('page');
	const query = params.toString();
	return query ? `/offers?${query}` : '/offers';
}
