import { sql, type Kysely } from 'kysely';
import type { Database, Row } from '../db/database.ts';
import { countRows, containsPattern, type Paging } from '../db/paging.ts';

export interface SolutionFilters {
	text?: string;
	sdgs: number[];
	sectors: string[];
	countries: string[];
	regions: number[];
	statuses: Row<'solutions'>['status'][];
	organizationSlug?: string;
	clusterSlug?: string;
}

export type SolutionRow = Row<'solutions'>;

function filtered(db: Kysely<Database>, filters: SolutionFilters) {
	let query = db.selectFrom('solutions as s').where('s.status', 'in', filters.statuses);
	if (filters.sdgs.length > 0) {
		query = query.where('s.id', 'in', (sub) =>
			sub.selectFrom('solution_sdgs').select('solution_id').where('goal', 'in', filters.sdgs)
		);
	}
	if (filters.sectors.length > 0) {
		query = query.where('s.id', 'in', (sub) =>
			sub
				.selectFrom('solution_sectors')
				.select('solution_id')
				.where('sector_slug', 'in', filters.sectors)
		);
	}
	if (filters.countries.length > 0) {
		query = query.where('s.id', 'in', (sub) =>
			sub
				.selectFrom('solution_countries')
				.select('solution_id')
				.where('country_code', 'in', filters.countries)
		);
	}
	if (filters.regions.length > 0) {
		query = query.where('s.id', 'in', (sub) =>
			sub
				.selectFrom('solution_countries as sc')
				.innerJoin('countries as c', 'c.code', 'sc.country_code')
				.select('sc.solution_id')
				.where((eb) =>
					eb.or([
						eb('c.region_code', 'in', filters.regions),
						eb('c.sub_region_code', 'in', filters.regions),
						eb('c.intermediate_region_code', 'in', filters.regions)
					])
				)
		);
	}
	const { organizationSlug, clusterSlug } = filters;
	if (organizationSlug !== undefined) {
		query = query.where('s.id', 'in', (sub) =>
			sub
				.selectFrom('solution_organizations as so')
				.innerJoin('organizations as o', 'o.id', 'so.organization_id')
				.select('so.solution_id')
				.where('o.slug', '=', organizationSlug)
		);
	}
	if (clusterSlug !== undefined) {
		query = query.where('s.id', 'in', (sub) =>
			sub
				.selectFrom('cluster_solutions as cs')
				.innerJoin('clusters as c', 'c.id', 'cs.cluster_id')
				.select('cs.solution_id')
				.where('c.slug', '=', clusterSlug)
		);
	}
	if (filters.text) {
		const pattern = containsPattern(filters.text);
		query = query.where((eb) =>
			eb.or([eb(sql`lower(s.title)`, 'like', pattern), eb(sql`lower(s.summary)`, 'like', pattern)])
		);
	}
	return query;
}

/** One page of solutions matching the filters, newest first, and the total count. */
export async function findSolutions(
	db: Kysely<Database>,
	filters: SolutionFilters,
	paging: Paging
): Promise<{ rows: SolutionRow[]; total: number }> {
	const [rows, total] = await Promise.all([
		filtered(db, filters)
			.selectAll('s')
			.orderBy('s.published_at', 'desc')
			.orderBy('s.id', 'desc')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		countRows(filtered(db, filters))
	]);
	return { rows, total };
}

export async function findSolutionBySlug(db: Kysely<Database>, slug: string) {
	return db.selectFrom('solutions').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export interface SolutionRelations {
	sdgs: number[];
	sectors: string[];
	countries: { code: string; name: string }[];
	cities: { name: string; countryCode: string }[];
	organizations: {
		slug: string;
		name: string;
		shortName: string | null;
		kind: string;
		verified: boolean;
		role: string;
	}[];
}

/** Loads the taxonomy, places and partners of many solutions in five queries. */
export async function loadSolutionRelations(
	db: Kysely<Database>,
	ids: number[],
	locale: string
): Promise<Map<number, SolutionRelations>> {
	const relations = new Map<number, SolutionRelations>(
		ids.map((id) => [id, { sdgs: [], sectors: [], countries: [], cities: [], organizations: [] }])
	);
	if (ids.length === 0) return relations;
	const [sdgs, sectors, countries, cities, organizations] = await Promise.all([
		db
			.selectFrom('solution_sdgs')
			.selectAll()
			.where('solution_id', 'in', ids)
			.orderBy('goal')
			.execute(),
		db.selectFrom('solution_sectors').selectAll().where('solution_id', 'in', ids).execute(),
		db
			.selectFrom('solution_countries as sc')
			.innerJoin('countries as c', 'c.code', 'sc.country_code')
			.leftJoin('country_names as cn', (join) =>
				join.onRef('cn.country_code', '=', 'c.code').on('cn.locale', '=', locale)
			)
			.select((eb) => ['sc.solution_id', 'c.code', eb.fn.coalesce('cn.name', 'c.name').as('name')])
			.where('sc.solution_id', 'in', ids)
			.execute(),
		db
			.selectFrom('solution_cities as sc')
			.innerJoin('cities as c', 'c.id', 'sc.city_id')
			.select(['sc.solution_id', 'c.name', 'c.country_code'])
			.where('sc.solution_id', 'in', ids)
			.execute(),
		db
			.selectFrom('solution_organizations as so')
			.innerJoin('organizations as o', 'o.id', 'so.organization_id')
			.select([
				'so.solution_id',
				'so.role',
				'o.slug',
				'o.name',
				'o.short_name',
				'o.kind',
				'o.verified_at'
			])
			.where('so.solution_id', 'in', ids)
			.orderBy('so.position')
			.execute()
	]);
	for (const row of sdgs) relations.get(row.solution_id)?.sdgs.push(row.goal);
	for (const row of sectors) relations.get(row.solution_id)?.sectors.push(row.sector_slug);
	for (const row of countries) {
		relations.get(row.solution_id)?.countries.push({ code: row.code, name: row.name });
	}
	for (const row of cities) {
		relations.get(row.solution_id)?.cities.push({ name: row.name, countryCode: row.country_code });
	}
	for (const row of organizations) {
		relations.get(row.solution_id)?.organizations.push({
			slug: row.slug,
			name: row.name,
			shortName: row.short_name,
			kind: row.kind,
			verified: row.verified_at !== null,
			role: row.role
		});
	}
	return relations;
}

export async function findSolutionClusters(db: Kysely<Database>, solutionId: number) {
	return db
		.selectFrom('cluster_solutions as cs')
		.innerJoin('clusters as c', 'c.id', 'cs.cluster_id')
		.select(['c.slug', 'c.name'])
		.where('cs.solution_id', '=', solutionId)
		.orderBy('c.name')
		.execute();
}
