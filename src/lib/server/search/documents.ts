import type { Kysely } from 'kysely';
import { markdownToPlainText } from '../content/markdown.ts';
import type { Database } from '../db/database.ts';
import type { IndexDocument, IndexedText, SearchKind } from './index-document.ts';

/**
 * How each kind of record becomes a search document: its titles, its body texts (each in its
 * own language), whether it is public, and its facets. Loaded for many records at once, so a
 * full rebuild runs a handful of queries per batch.
 */

type Db = Kysely<Database>;

const text = (value: string | null | undefined, language: string): IndexedText[] =>
	value ? [{ text: value, language }] : [];

/** Words that name things (organizations, cities) are indexed as written, in no language. */
const NAMES = 'und';

function group<Row, Key>(rows: Row[], key: (row: Row) => Key): Map<Key, Row[]> {
	const groups = new Map<Key, Row[]>();
	for (const row of rows) {
		const k = key(row);
		const list = groups.get(k);
		if (list) list.push(row);
		else groups.set(k, [row]);
	}
	return groups;
}

async function solutionDocuments(db: Db, ids: number[]): Promise<IndexDocument[]> {
	const [solutions, translations, sdgs, sectors, countries, cities, organizations] =
		await Promise.all([
			db.selectFrom('solutions').selectAll().where('id', 'in', ids).execute(),
			db.selectFrom('solution_translations').selectAll().where('solution_id', 'in', ids).execute(),
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
					'c.intermediate_region_code'
				])
				.where('sc.solution_id', 'in', ids)
				.execute(),
			db
				.selectFrom('solution_cities as sc')
				.innerJoin('cities as c', 'c.id', 'sc.city_id')
				.select(['sc.solution_id', 'c.name'])
				.where('sc.solution_id', 'in', ids)
				.execute(),
			db
				.selectFrom('solution_organizations as so')
				.innerJoin('organizations as o', 'o.id', 'so.organization_id')
				.select(['so.solution_id', 'so.role', 'o.name', 'o.short_name', 'o.kind'])
				.where('so.solution_id', 'in', ids)
				.execute()
		]);
	const bySolution = <Row extends { solution_id: number }>(rows: Row[]) =>
		group(rows, (row) => row.solution_id);
	const [translationsOf, sdgsOf, sectorsOf, countriesOf, citiesOf, organizationsOf] = [
		bySolution(translations),
		bySolution(sdgs),
		bySolution(sectors),
		bySolution(countries),
		bySolution(cities),
		bySolution(organizations)
	];
	return solutions.map((solution) => {
		const own = translationsOf.get(solution.id) ?? [];
		const places = countriesOf.get(solution.id) ?? [];
		const partners = organizationsOf.get(solution.id) ?? [];
		const regions = new Set<number>();
		for (const place of places) {
			regions.add(place.region_code);
			regions.add(place.sub_region_code);
			if (place.intermediate_region_code !== null) regions.add(place.intermediate_region_code);
		}
		const versions = [solution, ...own];
		return {
			kind: 'solution',
			recordId: solution.id,
			language: solution.language,
			live: solution.status === 'published',
			publishedAt: solution.published_at,
			facets: {
				sdg: (sdgsOf.get(solution.id) ?? []).map((row) => row.goal),
				sector: (sectorsOf.get(solution.id) ?? []).map((row) => row.sector_slug),
				region: [...regions],
				country: places.map((place) => place.code),
				lang: [...new Set([solution.language, ...own.map((row) => row.language)])],
				modality: [solution.modality],
				provider: [...new Set(partners.filter((p) => p.role === 'provider').map((p) => p.kind))],
				year: solution.start_year === null ? [] : [solution.start_year]
			},
			titles: versions.flatMap((version) => text(version.title, version.language)),
			bodies: [
				...versions.flatMap((version) => {
					const language = version.language;
					return [
						version.summary,
						version.challenge,
						version.solution,
						version.results,
						version.replicability,
						version.enabling_factors,
						version.constraints
					].flatMap((value) => text(value, language));
				}),
				...text(solution.resources_mobilized, solution.language),
				...partners.flatMap((p) => [...text(p.name, NAMES), ...text(p.short_name, NAMES)]),
				...(citiesOf.get(solution.id) ?? []).flatMap((city) => text(city.name, NAMES))
			]
		} satisfies IndexDocument;
	});
}

async function partnerDocuments(db: Db, ids: number[]): Promise<IndexDocument[]> {
	const rows = await db.selectFrom('organizations').selectAll().where('id', 'in', ids).execute();
	return rows.map((row) => ({
		kind: 'partner',
		recordId: row.id,
		language: 'en',
		live: true,
		publishedAt: row.created_at,
		facets: { kind: [row.kind], country: row.country_code ? [row.country_code] : [] },
		titles: [...text(row.name, NAMES), ...text(row.short_name, NAMES)],
		bodies: text(row.description, 'en')
	}));
}

async function projectDocuments(db: Db, ids: number[]): Promise<IndexDocument[]> {
	const rows = await db.selectFrom('projects').selectAll().where('id', 'in', ids).execute();
	return rows.map((row) => ({
		kind: 'project',
		recordId: row.id,
		language: 'en',
		live: true,
		publishedAt: row.start_date ?? row.created_at,
		facets: {},
		titles: text(row.title, 'en'),
		bodies: [...text(row.summary, 'en'), ...text(row.programme, 'en')]
	}));
}

async function eventDocuments(db: Db, ids: number[]): Promise<IndexDocument[]> {
	const rows = await db.selectFrom('events').selectAll().where('id', 'in', ids).execute();
	return rows.map((row) => ({
		kind: 'event',
		recordId: row.id,
		language: 'en',
		live: row.status === 'scheduled',
		publishedAt: row.starts_at,
		facets: { type: [row.kind] },
		titles: text(row.title, 'en'),
		bodies: [...text(row.summary, 'en'), ...text(row.description, 'en')]
	}));
}

async function clusterDocuments(db: Db, ids: number[]): Promise<IndexDocument[]> {
	const rows = await db.selectFrom('clusters').selectAll().where('id', 'in', ids).execute();
	return rows.map((row) => ({
		kind: 'cluster',
		recordId: row.id,
		language: 'en',
		live: true,
		publishedAt: row.created_at,
		facets: {},
		titles: text(row.name, 'en'),
		bodies: [...text(row.theme, 'en'), ...text(row.description, 'en')]
	}));
}

async function knowledgeDocuments(db: Db, ids: number[]): Promise<IndexDocument[]> {
	const rows = await db
		.selectFrom('knowledge_products')
		.selectAll()
		.where('id', 'in', ids)
		.execute();
	return rows.map((row) => ({
		kind: 'knowledge',
		recordId: row.id,
		language: row.language,
		live: true,
		publishedAt: row.published_on ?? row.created_at,
		facets: { type: [row.kind] },
		titles: text(row.title, row.language),
		bodies: [
			...text(row.summary, row.language),
			...text(row.description && markdownToPlainText(row.description), row.language),
			// The kind as words ("case study"), so "toolkit waste" finds a waste toolkit.
			...text(row.kind.replace('-', ' '), 'en')
		]
	}));
}

/**
 * Needs are searchable while they are public and not closed: a need for members or curators only
 * must not show up for visitors (the index has no per-reader visibility).
 */
async function needDocuments(db: Db, ids: number[]): Promise<IndexDocument[]> {
	const rows = await db.selectFrom('needs').selectAll().where('id', 'in', ids).execute();
	return rows.map((row) => ({
		kind: 'need',
		recordId: row.id,
		language: row.language,
		live: row.visibility === 'public' && row.status !== 'closed',
		publishedAt: row.created_at,
		facets: { country: row.country_code ? [row.country_code] : [] },
		titles: text(row.title, row.language),
		bodies: [...text(row.description, row.language), ...text(row.tried, row.language)]
	}));
}

/** Active offers are public and searchable; withdrawn ones are not. */
async function offerDocuments(db: Db, ids: number[]): Promise<IndexDocument[]> {
	const rows = await db.selectFrom('offers').selectAll().where('id', 'in', ids).execute();
	return rows.map((row) => ({
		kind: 'offer',
		recordId: row.id,
		language: row.language,
		live: row.status === 'active',
		publishedAt: row.created_at,
		facets: {},
		titles: text(row.title, row.language),
		bodies: text(row.description, row.language)
	}));
}

const BUILDERS: Record<SearchKind, (db: Db, ids: number[]) => Promise<IndexDocument[]>> = {
	solution: solutionDocuments,
	partner: partnerDocuments,
	project: projectDocuments,
	event: eventDocuments,
	cluster: clusterDocuments,
	knowledge: knowledgeDocuments,
	need: needDocuments,
	offer: offerDocuments
};

const TABLES = {
	solution: 'solutions',
	partner: 'organizations',
	project: 'projects',
	event: 'events',
	cluster: 'clusters',
	knowledge: 'knowledge_products',
	need: 'needs',
	offer: 'offers'
} as const satisfies Record<SearchKind, keyof Database>;

/** The documents of some records of one kind; records that no longer exist are not returned. */
export function buildDocuments(db: Db, kind: SearchKind, ids: number[]): Promise<IndexDocument[]> {
	return ids.length === 0 ? Promise.resolve([]) : BUILDERS[kind](db, ids);
}

/** Every record id of a kind, in id order. */
export async function recordIds(db: Db, kind: SearchKind): Promise<number[]> {
	const rows = await db.selectFrom(TABLES[kind]).select('id').orderBy('id').execute();
	return rows.map((row) => row.id);
}
