import type { Kysely } from 'kysely';
import { insertOffer, replaceOfferLinks } from '../brokering/offers.repository.ts';
import type { Database } from '../db/database.ts';
import { demoOffers } from './offers.data.ts';

/**
 * The demo organizations' offers, one after another so they get ids in the order of the data
 * file, through the offers repository (the same writes as a person posting them).
 */
export async function seedOffers(
	trx: Kysely<Database>,
	organizationIds: Map<string, number>,
	now: string
): Promise<void> {
	for (const offer of demoOffers) {
		const organizationId = organizationIds.get(offer.organization);
		if (organizationId === undefined) {
			throw new Error(`Demo data: unknown organization "${offer.organization}"`);
		}
		const id = await insertOffer(trx, {
			slug: offer.slug,
			organization_id: organizationId,
			title: offer.title,
			description: offer.description,
			status: 'active',
			language: offer.language,
			created_by: null,
			created_at: now,
			updated_at: now
		});
		await replaceOfferLinks(trx, id, offer);
	}
}
