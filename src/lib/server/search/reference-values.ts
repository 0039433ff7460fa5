import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { listCountries } from '../places/places.repository.ts';
import { loadTaxonomyNames, type TaxonomyNames } from '../taxonomy/taxonomy.service.ts';

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

const countryNameCache = new WeakMap<Kysely<Database>, Map<string, Promise<Map<string, string>>>>();

/** Every country's name in one language (English where no translation exists), read once. */
export function countryNames(db: Kysely<Database>, locale: string): Promise<Map<string, string>> {
	let byLocale = countryNameCache.get(db);
	if (!byLocale) countryNameCache.set(db, (byLocale = new Map()));
	let names = byLocale.get(locale);
	if (!names) {
		names = listCountries(db, locale).then(
			(countries) => new Map(countries.map((country) => [country.code, country.name]))
		);
		byLocale.set(locale, names);
		names.catch(() => byLocale.delete(locale));
	}
	return names;
}

const taxonomyCache = new WeakMap<Kysely<Database>, Map<string, Promise<TaxonomyNames>>>();

/** SDG and sector names in one language, read once per database (reference data). */
export function taxonomyNames(db: Kysely<Database>, locale: string): Promise<TaxonomyNames> {
	let byLocale = taxonomyCache.get(db);
	if (!byLocale) taxonomyCache.set(db, (byLocale = new Map()));
	let names = byLocale.get(locale);
	if (!names) {
		names = loadTaxonomyNames(db, locale);
		byLocale.set(locale, names);
		names.catch(() => byLocale.delete(locale));
	}
	return names;
}
