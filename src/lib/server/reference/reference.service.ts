import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { loadCountryReference, COUNTRY_NAME_LOCALES } from '../places/country-reference.ts';
import { loadSdgReference, SDG_LOCALES } from '../taxonomy/sdg-reference.ts';
import { loadSectorReference } from '../taxonomy/sector-reference.ts';
import { insertChunked } from '../db/bulk.ts';
import { hasReferenceData } from './reference.repository.ts';

const flag = (value: boolean) => (value ? 1 : 0);

/**
 * Loads countries (UN M49), the 17 SDGs with their 169 targets in six languages, and the sector
 * themes, once, in one transaction. Reference data is part of every installation, demo or not.
 * @returns whether anything was loaded (false when it was already there)
 */
export async function loadReferenceData(
	db: Kysely<Database>,
	dataDirectory: string
): Promise<boolean> {
	if (await hasReferenceData(db)) return false;
	const countries = loadCountryReference(
		join(dataDirectory, 'reference/countries/country-codes.csv')
	);
	const sdgs = loadSdgReference(join(dataDirectory, 'reference/sdg'));
	const sectors = loadSectorReference(join(dataDirectory, 'reference/sectors.json'));

	await db.transaction().execute(async (trx) => {
		await insertChunked(
			trx,
			'countries',
			countries.map((country) => ({
				code: country.code,
				iso3: country.iso3,
				m49: country.m49,
				name: country.name,
				region_code: country.regionCode,
				region_name: country.regionName,
				sub_region_code: country.subRegionCode,
				sub_region_name: country.subRegionName,
				intermediate_region_code: country.intermediateRegionCode ?? null,
				intermediate_region_name: country.intermediateRegionName ?? null,
				ldc: flag(country.ldc),
				lldc: flag(country.lldc),
				sids: flag(country.sids),
				global_south: flag(country.globalSouth)
			}))
		);
		await insertChunked(
			trx,
			'country_names',
			countries.flatMap((country) =>
				COUNTRY_NAME_LOCALES.map((locale) => ({
					country_code: country.code,
					locale,
					name: country.names[locale]
				}))
			)
		);
		await insertChunked(
			trx,
			'sdg_goals',
			sdgs.goals.map((goal) => ({ number: goal.number, color: goal.color }))
		);
		await insertChunked(
			trx,
			'sdg_goal_translations',
			sdgs.goals.flatMap((goal) =>
				SDG_LOCALES.map((locale) => ({
					goal: goal.number,
					locale,
					short_name: goal.short[locale],
					title: goal.title[locale]
				}))
			)
		);
		await insertChunked(
			trx,
			'sdg_targets',
			sdgs.targets.map((target, position) => ({ code: target.code, goal: target.goal, position }))
		);
		await insertChunked(
			trx,
			'sdg_target_translations',
			sdgs.targets.flatMap((target) =>
				SDG_LOCALES.map((locale) => ({
					target_code: target.code,
					locale,
					title: target.title[locale]
				}))
			)
		);
		await insertChunked(
			trx,
			'sectors',
			sectors.map((sector, position) => ({ slug: sector.slug, name: sector.name, position }))
		);
		await insertChunked(
			trx,
			'sector_dac_codes',
			sectors.flatMap((sector) =>
				sector.dacCodes.map((dacCode) => ({ sector_slug: sector.slug, dac_code: dacCode }))
			)
		);
	});
	return true;
}
