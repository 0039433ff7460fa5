import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { PlaceContext } from './context-similarity.ts';
import type { MatchableSolution, SolutionText } from './solution-profile.ts';

/**
 * The SQL of matchmaking: what the match index reads about solutions, and the places of a need.
 * Plain Kysely, the same on SQLite and PostgreSQL.
 */

type Db = Kysely<Database>;

/** A solution's index entry changed since a generation: re-read it (live) or drop it. */
export interface SolutionChange {
	solutionId: number;
	live: boolean;
}

export async function currentSearchGeneration(db: Db): Promise<number> {
	const row = await db
		.selectFrom('search_state')
		.select('generation')
		.where('id', '=', 1)
		.executeTakeFirstOrThrow();
	return row.generation;
}

/**
 * Solutions whose search document was written after `since` and up to `until`: the index writer
 * raises the generation on every change to a solution, in the transaction that made it.
 */
export async function solutionChangesBetween(
	db: Db,
	since: number,
	until: number
): Promise<SolutionChange[]> {
	const rows = await db
		.selectFrom('search_documents')
		.select(['record_id', 'live'])
		.where('kind', '=', 'solution')
		.where('generation', '>', since)
		.where('generation', '<=', until)
		.orderBy('generation')
		.orderBy('record_id')
		.execute();
	const latest = new Map<number, boolean>();
	for (const row of rows) latest.set(row.record_id, row.live === 1);
	return [...latest].map(([solutionId, live]) => ({ solutionId, live }));
}

const flag = (value: number) => value === 1;

/** A country row as context (flags are 0/1 on both dialects). */
export function placeOf(row: {
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
		ldc: flag(row.ldc),
		lldc: flag(row.lldc),
		sids: flag(row.sids)
	};
}

function groupBy<Row>(rows: Row[], key: (row: Row) => number): Map<number, Row[]> {
	const groups = new Map<number, Row[]>();
	for (const row of rows) {
		const list = groups.get(key(row));
		if (list) list.push(row);
		else groups.set(key(row), [row]);
	}
	return groups;
}

const bodyOf = (row: {
	summary: string;
	challenge: string;
	solution: string;
	replicability: string | null;
	enabling_factors: string | null;
}) =>
	[row.summary, row.challenge, row.solution, row.replicability, row.enabling_factors].filter(
		(value): value is string => Boolean(value)
	);

/** Published solutions among `ids`, with their translations, tags, places and providers. */
export async function loadMatchableSolutions(db: Db, ids: number[]): Promise<MatchableSolution[]> {
	if (ids.length === 0) return [];
	const [solutions, translations, sdgs, sectors, countries, cities, providers] = await Promise.all([
		db
			.selectFrom('solutions')
			.select([
				'id',
				'language',
				'title',
				'summary',
				'challenge',
				'solution',
				'results',
				'replicability',
				'enabling_factors'
			])
			.where('id', 'in', ids)
			.where('status', '=', 'published')
			.execute(),
		db
			.selectFrom('solution_translations')
			.select([
				'solution_id',
				'language',
				'title',
				'summary',
				'challenge',
				'solution',
				'results',
				'replicability',
				'enabling_factors'
			])
			.where('solution_id', 'in', ids)
			.execute(),
		db.selectFrom('solution_sdgs').selectAll().where('solution_id', 'in', ids).execute(),
		db.selectFrom('solution_sectors').selectAll().where('solution_id', 'in', ids).execute(),
		db
			.selectFrom('solution_countries as sc')
			.innerJoin('countries as c', 'c.code', 'sc.country_code')
			.select([
				'sc.solution_id',
				'c.code',
				'c.region_code',
				'c.sub_region_code',
				'c.intermediate_region_code',
				'c.ldc',
				'c.lldc',
				'c.sids'
			])
			.where('sc.solution_id', 'in', ids)
			.execute(),
		db
			.selectFrom('solution_cities as sc')
			.innerJoin('cities as c', 'c.id', 'sc.city_id')
			.select(['sc.solution_id', 'c.id', 'c.population'])
			.where('sc.solution_id', 'in', ids)
			.execute(),
		db
			.selectFrom('solution_organizations')
			.select(['solution_id', 'organization_id'])
			.where('solution_id', 'in', ids)
			.where('role', '=', 'provider')
			.orderBy('position')
			.execute()
	]);
	const bySolution = <Row extends { solution_id: number }>(rows: Row[]) =>
		groupBy(rows, (row) => row.solution_id);
	const [translationsOf, sdgsOf, sectorsOf, countriesOf, citiesOf, providersOf] = [
		bySolution(translations),
		bySolution(sdgs),
		bySolution(sectors),
		bySolution(countries),
		bySolution(cities),
		bySolution(providers)
	];
	return solutions.map((row) => {
		const texts: SolutionText[] = [
			{ language: row.language, title: row.title, body: bodyOf(row), results: row.results },
			...(translationsOf.get(row.id) ?? []).map((translation) => ({
				language: translation.language,
				title: translation.title,
				body: bodyOf(translation),
				results: translation.results
			}))
		];
		const places = (countriesOf.get(row.id) ?? []).map(placeOf);
		const solutionCities = citiesOf.get(row.id) ?? [];
		return {
			id: row.id,
			language: row.language,
			texts,
			sectors: (sectorsOf.get(row.id) ?? []).map((sector) => sector.sector_slug),
			sdgs: (sdgsOf.get(row.id) ?? []).map((sdg) => sdg.goal),
			context: {
				places,
				populations: solutionCities.flatMap((city) => (city.population ? [city.population] : [])),
				languages: [...new Set(texts.map((text) => text.language))]
			},
			placeCount: places.length + solutionCities.length,
			providerIds: (providersOf.get(row.id) ?? []).map((provider) => provider.organization_id),
			cityIds: solutionCities.map((city) => city.id)
		};
	});
}

/** A country as context, or null when the code is unknown. */
export async function findPlaceContext(db: Db, countryCode: string): Promise<PlaceContext | null> {
	const row = await db
		.selectFrom('countries')
		.select([
			'code',
			'region_code',
			'sub_region_code',
			'intermediate_region_code',
			'ldc',
			'lldc',
			'sids'
		])
		.where('code', '=', countryCode)
		.executeTakeFirst();
	return row ? placeOf(row) : null;
}

/** The population of a city, where the reference data knows it. */
export async function findCityPopulation(db: Db, cityId: number): Promise<number | null> {
	const row = await db
		.selectFrom('cities')
		.select('population')
		.where('id', '=', cityId)
		.executeTakeFirst();
	return row?.population ?? null;
}
