import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { MatchContext, PlaceContext } from '../matching/context-similarity.ts';

/** What ranking providers and peer cities reads besides the match indexes. */

type Db = Kysely<Database>;

const countryColumns = [
	'c.code',
	'c.region_code',
	'c.sub_region_code',
	'c.intermediate_region_code',
	'c.ldc',
	'c.lldc',
	'c.sids'
] as const;

function placeOf(row: {
	code: string;
	region_code: number;
	sub_region_code: number;
	intermediate_region_code: number | null;
	ldc: number;
	lldc: number;
	sids: number;
}): PlaceContext {
	return {
		country: row.code,
		region: row.region_code,
		subRegion: row.sub_region_code,
		intermediateRegion: row.intermediate_region_code,
		ldc: row.ldc === 1,
		lldc: row.lldc === 1,
		sids: row.sids === 1
	};
}

/** Cities with their population and their country as context. */
export async function loadCityContexts(
	db: Db,
	cityIds: number[]
): Promise<Map<number, { population: number | null; place: PlaceContext }>> {
	if (cityIds.length === 0) return new Map();
	const rows = await db
		.selectFrom('cities as city')
		.innerJoin('countries as c', 'c.code', 'city.country_code')
		.select(['city.id', 'city.population', ...countryColumns])
		.where('city.id', 'in', cityIds)
		.execute();
	return new Map(rows.map((row) => [row.id, { population: row.population, place: placeOf(row) }]));
}

/** Offers' sectors, and their organization's country and the offers' languages as context. */
export async function loadOfferContexts(
	db: Db,
	offerIds: number[]
): Promise<Map<number, { sectors: string[]; context: MatchContext }>> {
	if (offerIds.length === 0) return new Map();
	const [offers, sectors, languages] = await Promise.all([
		db
			.selectFrom('offers as o')
			.innerJoin('organizations as org', 'org.id', 'o.organization_id')
			.leftJoin('countries as c', 'c.code', 'org.country_code')
			.select([
				'o.id',
				'o.language',
				'c.code',
				'c.region_code',
				'c.sub_region_code',
				'c.intermediate_region_code',
				'c.ldc',
				'c.lldc',
				'c.sids'
			])
			.where('o.id', 'in', offerIds)
			.execute(),
		db.selectFrom('offer_sectors').selectAll().where('offer_id', 'in', offerIds).execute(),
		db.selectFrom('offer_languages').selectAll().where('offer_id', 'in', offerIds).execute()
	]);
	return new Map(
		offers.map((offer) => [
			offer.id,
			{
				sectors: sectors.filter((row) => row.offer_id === offer.id).map((row) => row.sector_slug),
				context: {
					places:
						offer.code === null
							? []
							: [
									placeOf({
										code: offer.code,
										region_code: offer.region_code!,
										sub_region_code: offer.sub_region_code!,
										intermediate_region_code: offer.intermediate_region_code,
										ldc: offer.ldc!,
										lldc: offer.lldc!,
										sids: offer.sids!
									})
								],
					populations: [],
					languages: [
						...new Set([
							offer.language,
							...languages.filter((row) => row.offer_id === offer.id).map((row) => row.language)
						])
					]
				}
			}
		])
	);
}
