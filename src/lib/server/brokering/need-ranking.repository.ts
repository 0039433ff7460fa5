import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { PlaceContext } from '../matching/context-similarity.ts';
import { placeOf } from '../matching/matching.repository.ts';

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
