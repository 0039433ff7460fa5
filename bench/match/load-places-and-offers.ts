import type { Kysely } from 'kysely';
import { insertChunked, insertWithIds } from '#lib/server/db/bulk.ts';
import type { Database, NewRow } from '#lib/server/db/database.ts';
import type { Corpus } from '../search/corpus.ts';
import type { CorpusIds } from '../search/load-corpus.ts';
import type { BenchOffer } from './offers.ts';
import type { BenchCity } from './places.ts';

/**
 * Adds to a loaded corpus (`../search/load-corpus.ts`) what matchmaking reads besides solutions,
 * in one transaction: the cities with the solutions implemented in them, and the offers with
 * their sectors, languages and kinds of support.
 */
export async function loadPlacesAndOffers(
	db: Kysely<Database>,
	input: {
		corpus: Corpus;
		ids: CorpusIds;
		cities: BenchCity[];
		/** Per solution of the corpus, indexes into `cities`. */
		solutionCities: number[][];
		offers: BenchOffer[];
	}
): Promise<void> {
	const { corpus, ids } = input;
	const organizationId = (index: number) =>
		ids.organizationIds.get(corpus.organizations[index]!.slug)!;
	await db.transaction().execute(async (trx) => {
		const cityIds = await insertWithIds(
			trx,
			'cities',
			input.cities.map((city) => ({
				slug: city.slug,
				name: city.name,
				country_code: city.countryCode,
				latitude: city.latitude,
				longitude: city.longitude,
				population: city.population,
				geoname_id: city.geonameId
			}))
		);
		const links: NewRow<'solution_cities'>[] = [];
		corpus.solutions.forEach((solution, index) => {
			const solutionId = ids.solutionIds.get(solution.slug)!;
			for (const city of input.solutionCities[index] ?? []) {
				links.push({ solution_id: solutionId, city_id: cityIds.get(input.cities[city]!.slug)! });
			}
		});
		await insertChunked(trx, 'solution_cities', links);

		// Offers have no slug → id helper (`insertWithIds` covers tables with a public page).
		const offerIds = new Map<string, number>();
		for (let start = 0; start < input.offers.length; start += 400) {
			const rows = await trx
				.insertInto('offers')
				.values(
					input.offers.slice(start, start + 400).map((offer) => ({
						slug: offer.slug,
						organization_id: organizationId(offer.organization),
						title: offer.title,
						description: offer.description,
						status: offer.status,
						language: offer.language,
						created_at: offer.updatedAt,
						updated_at: offer.updatedAt
					}))
				)
				.returning(['id', 'slug'])
				.execute();
			for (const row of rows) offerIds.set(row.slug, row.id);
		}
		const sectors: NewRow<'offer_sectors'>[] = [];
		const languages: NewRow<'offer_languages'>[] = [];
		const supportTypes: NewRow<'offer_support_types'>[] = [];
		for (const offer of input.offers) {
			const offerId = offerIds.get(offer.slug)!;
			for (const slug of offer.sectors) sectors.push({ offer_id: offerId, sector_slug: slug });
			for (const language of offer.languages) languages.push({ offer_id: offerId, language });
			for (const type of offer.supportTypes)
				supportTypes.push({ offer_id: offerId, support_type: type });
		}
		await insertChunked(trx, 'offer_sectors', sectors);
		await insertChunked(trx, 'offer_languages', languages);
		await insertChunked(trx, 'offer_support_types', supportTypes);
	});
}
