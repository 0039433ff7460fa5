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
