import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

export interface CountryName {
	code: string;
	name: string;
	regionCode: number;
	regionName: string;
	subRegionName: string;
}

/** Countries with their name in `locale` (falling back to English). */
export async function listCountries(db: Kysely<Database>, locale: string): Promise<CountryName[]> {
	const rows = await db
		.selectFrom('countries as c')
		.leftJoin('country_names as n', (join) =>
			join.onRef('n.country_code', '=', 'c.code').on('n.locale', '=', locale)
		)
		.select([
			'c.code',
			'c.name',
			'n.name as localName',
			'c.region_code',
			'c.region_name',
			'c.sub_region_name'
		])
		.orderBy('c.name')
		.execute();
	return rows.map((row) => ({
		code: row.code,
		name: row.localName ?? row.name,
		regionCode: row.region_code,
		regionName: row.region_name,
		subRegionName: row.sub_region_name
	}));
}

export async function findCountriesByCodes(db: Kysely<Database>, codes: string[], locale: string) {
	if (codes.length === 0) return [];
	const rows = await db
		.selectFrom('countries as c')
		.leftJoin('country_names as n', (join) =>
			join.onRef('n.country_code', '=', 'c.code').on('n.locale', '=', locale)
		)
		.where('c.code', 'in', codes)
		.select(['c.code', 'c.name', 'n.name as localName'])
		.execute();
	return rows.map((row) => ({ code: row.code, name: row.localName ?? row.name }));
}

/** UN M49 regions (Africa, Americas, Asia, Europe, Oceania) and their sub-regions. */
export async function listRegions(db: Kysely<Database>) {
	const rows = await db
		.selectFrom('countries')
		.select(['region_code', 'region_name', 'sub_region_code', 'sub_region_name'])
		.distinct()
		.orderBy('region_name')
		.orderBy('sub_region_name')
		.execute();
	const regions = new Map<
		number,
		{ code: number; name: string; subRegions: { code: number; name: string }[] }
	>();
	for (const row of rows) {
		const region = regions.get(row.region_code) ?? {
			code: row.region_code,
			name: row.region_name,
			subRegions: []
		};
		region.subRegions.push({ code: row.sub_region_code, name: row.sub_region_name });
		regions.set(row.region_code, region);
	}
	return [...regions.values()];
}
