import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

/** Names and addresses of matched solutions, organizations, cities and offers, for the lists. */

type Db = Kysely<Database>;

export async function findSolutionNames(db: Db, ids: number[]) {
	if (ids.length === 0) return [];
	return db
		.selectFrom('solutions')
		.select(['id', 'slug', 'title', 'summary', 'language'])
		.where('id', 'in', ids)
		.execute();
}

export async function findOrganizationNames(db: Db, ids: number[]) {
	if (ids.length === 0) return [];
	return db
		.selectFrom('organizations')
		.select(['id', 'slug', 'name', 'kind', 'country_code'])
		.where('id', 'in', ids)
		.execute();
}

export async function findCityNames(db: Db, ids: number[]) {
	if (ids.length === 0) return [];
	return db
		.selectFrom('cities')
		.select(['id', 'slug', 'name', 'country_code', 'population'])
		.where('id', 'in', ids)
		.execute();
}

export async function findOfferNames(db: Db, ids: number[]) {
	if (ids.length === 0) return [];
	return db.selectFrom('offers').select(['id', 'title']).where('id', 'in', ids).execute();
}

/** The need's connections by target, to show which matches are already in the pipeline. */
export async function findNeedConnections(db: Db, needId: number) {
	return db
		.selectFrom('connections')
		.select(['id', 'target_key', 'stage'])
		.where('need_id', '=', needId)
		.execute();
}

/** UN M49 region names (English, as the standard publishes them) of some countries. */
export async function findCountryRegions(db: Db, codes: string[]) {
	if (codes.length === 0) return [];
	return db
		.selectFrom('countries')
		.select(['code', 'region_name', 'sub_region_name', 'intermediate_region_name'])
		.where('code', 'in', codes)
		.execute();
}
