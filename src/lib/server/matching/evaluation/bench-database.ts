import type { Kysely } from 'kysely';
import { insertChunked, insertWithIds } from '../../db/bulk.ts';
import type { Database, NewRow } from '../../db/database.ts';
import { readReferenceCities } from '../../demo/demo-sources.ts';
import { SlugRegistry } from '../../demo/slugs.ts';
import type { BenchSolution } from './bench-files.ts';

/**
 * Loads benchmark solutions into a migrated database that holds the reference data (countries,
 * SDGs, sectors), as published solutions with their places, goals, sectors and provider
 * organizations, in one transaction. Cities are created from the reference list
 * (`data/reference/cities.json`) where it knows them, so city sizes count where available; tags
 * and countries the reference data does not know are skipped and counted.
 */

export interface BenchLoad {
	/** Database id → benchmark id of every solution. */
	referenceOf: Map<number, string>;
	/** "XX|city name" → city id, for the needs' places. */
	cityIds: Map<string, number>;
	/** Tags and places left out because the reference data does not know them. */
	skipped: { sectors: number; countries: number };
}

export const cityKey = (country: string, name: string) => `${country}|${name.trim().toLowerCase()}`;

const PUBLISHED_AT = '2024-01-01T00:00:00.000Z';

/** A provider's kind is not part of the benchmark format; "association" stands for unknown. */
const PROVIDER_KIND = 'association';

export async function loadBenchSolutions(
	db: Kysely<Database>,
	solutions: BenchSolution[],
	options: { dataDirectory: string; needPlaces: { country: string; city: string }[] }
): Promise<BenchLoad> {
	const [countries, sectors] = await Promise.all([
		db.selectFrom('countries').select('code').execute(),
		db.selectFrom('sectors').select('slug').execute()
	]);
	const knownCountries = new Set(countries.map((row) => row.code));
	const knownSectors = new Set(sectors.map((row) => row.slug));
	const skipped = { sectors: 0, countries: 0 };
	const slugs = new SlugRegistry();

	return db.transaction().execute(async (trx) => {
		const cityIds = await insertCities(trx, solutions, options, slugs);
		const providers = [...new Set(solutions.flatMap((solution) => solution.providers))];
		const providerSlugs = new Map(
			providers.map((name, index) => [name, slugs.make(name, `provider-${index + 1}`)])
		);
		const organizationIds = await insertWithIds(
			trx,
			'organizations',
			providers.map((name) => ({
				slug: providerSlugs.get(name)!,
				name,
				kind: PROVIDER_KIND,
				description: '',
				created_at: PUBLISHED_AT,
				updated_at: PUBLISHED_AT
			}))
		);
		const solutionSlugs = solutions.map((solution) => slugs.make(solution.title, solution.id));
		const solutionIds = await insertWithIds(
			trx,
			'solutions',
			solutions.map((solution, index) => ({
				slug: solutionSlugs[index]!,
				reference: solution.id,
				title: solution.title,
				summary: solution.summary,
				challenge: solution.challenge,
				solution: solution.solution,
				results: solution.results,
				language: solution.language,
				modality: solution.modality,
				start_year: solution.year,
				status: 'published' as const,
				published_at: PUBLISHED_AT,
				created_at: PUBLISHED_AT,
				updated_at: PUBLISHED_AT
			}))
		);
		const referenceOf = new Map<number, string>();
		const links = {
			sdgs: [] as NewRow<'solution_sdgs'>[],
			sectors: [] as NewRow<'solution_sectors'>[],
			countries: [] as NewRow<'solution_countries'>[],
			cities: [] as NewRow<'solution_cities'>[],
			providers: [] as NewRow<'solution_organizations'>[]
		};
		solutions.forEach((solution, index) => {
			const solutionId = solutionIds.get(solutionSlugs[index]!)!;
			referenceOf.set(solutionId, solution.id);
			for (const goal of new Set(solution.sdgs)) {
				links.sdgs.push({ solution_id: solutionId, goal });
			}
			for (const sector of new Set(solution.sectors)) {
				if (knownSectors.has(sector))
					links.sectors.push({ solution_id: solutionId, sector_slug: sector });
				else skipped.sectors += 1;
			}
			const places = [...new Set(solution.countries)];
			for (const code of places) {
				if (knownCountries.has(code))
					links.countries.push({ solution_id: solutionId, country_code: code });
				else skipped.countries += 1;
			}
			const cities = new Set<number>();
			for (const name of solution.cities) {
				const id = places.map((code) => cityIds.get(cityKey(code, name))).find(Boolean);
				if (id !== undefined) cities.add(id);
			}
			for (const cityId of cities) links.cities.push({ solution_id: solutionId, city_id: cityId });
			const seen = new Set<number>();
			for (const name of solution.providers) {
				const organizationId = organizationIds.get(providerSlugs.get(name)!)!;
				if (seen.has(organizationId)) continue;
				seen.add(organizationId);
				links.providers.push({
					solution_id: solutionId,
					organization_id: organizationId,
					role: 'provider',
					position: seen.size
				});
			}
		});
		await insertChunked(trx, 'solution_sdgs', links.sdgs);
		await insertChunked(trx, 'solution_sectors', links.sectors);
		await insertChunked(trx, 'solution_countries', links.countries);
		await insertChunked(trx, 'solution_cities', links.cities);
		await insertChunked(trx, 'solution_organizations', links.providers);
		return { referenceOf, cityIds, skipped };
	});
}

/** Cities named by solutions or needs that the reference list places; key → id. */
async function insertCities(
	trx: Kysely<Database>,
	solutions: BenchSolution[],
	options: { dataDirectory: string; needPlaces: { country: string; city: string }[] },
	slugs: SlugRegistry
): Promise<Map<string, number>> {
	const wanted = new Set<string>([
		...solutions.flatMap((solution) =>
			solution.cities.flatMap((city) => solution.countries.map((code) => cityKey(code, city)))
		),
		...options.needPlaces.map((place) => cityKey(place.country, place.city))
	]);
	const reference = readReferenceCities(options.dataDirectory).filter((city) =>
		wanted.has(cityKey(city.country, city.name))
	);
	const keyOfSlug = new Map<string, string>();
	const rows = reference.map((city) => {
		const slug = slugs.make(`${city.name} ${city.country}`, `city-${keyOfSlug.size + 1}`);
		keyOfSlug.set(slug, cityKey(city.country, city.name));
		return {
			slug,
			name: city.name,
			country_code: city.country,
			latitude: city.latitude,
			longitude: city.longitude,
			population: city.population ?? null,
			geoname_id: city.geonameId ?? null
		};
	});
	const ids = await insertWithIds(trx, 'cities', rows);
	return new Map([...ids].map(([slug, id]) => [keyOfSlug.get(slug)!, id]));
}
