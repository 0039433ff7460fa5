import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

/**
 * The facet values that exist (sectors, countries, UN M49 regions) and their English names, read
 * once per database: reference data changes only when the reference loader runs at start-up.
 */
export interface ReferenceValues {
	sectors: Map<string, string>;
	countries: Map<string, string>;
	regions: Map<number, string>;
}

const cache = new WeakMap<Kysely<Database>, Promise<ReferenceValues>>();

async function load(db: Kysely<Database>): Promise<ReferenceValues> {
	const [sectors, countries] = await Promise.all([
		db.selectFrom('sectors').select(['slug', 'name']).execute(),
		db
			.selectFrom('countries')
			.select([
				'code',
				'name',
				'region_code',
				'region_name',
				'sub_region_code',
				'sub_region_name',
				'intermediate_region_code',
				'intermediate_region_name'
			])
			.execute()
	]);
	const regions = new Map<number, string>();
	for (const row of countries) {
		regions.set(row.region_code, row.region_name);
		regions.set(row.sub_region_code, row.sub_region_name);
		if (row.intermediate_region_code !== null && row.intermediate_region_name) {
			regions.set(row.intermediate_region_code, row.intermediate_region_name);
		}
	}
	return {
		sectors: new Map(sectors.map((row) => [row.slug, row.name])),
		countries: new Map(countries.map((row) => [row.code, row.name])),
		regions
	};
}

export function referenceValues(db: Kysely<Database>): Promise<ReferenceValues> {
	let values = cache.get(db);
	if (!values) {
		values = load(db);
		cache.set(db, values);
		values.catch(() => cache.delete(db));
	}
	return values;
}
