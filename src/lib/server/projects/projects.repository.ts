import type { Kysely } from 'kysely';
import type { Database, Row } from '../db/database.ts';
import { countRows, type Paging } from '../db/paging.ts';
import type { ProjectStatus } from '../../vocabulary/project-statuses.ts';

export interface ProjectFilters {
	programme?: string;
	statuses: ProjectStatus[];
	countries: string[];
	sdgs: number[];
	clusterSlug?: string;
}

export type ProjectRow = Row<'projects'>;

function filtered(db: Kysely<Database>, filters: ProjectFilters) {
	let query = db.selectFrom('projects as p');
	if (filters.programme) query = query.where('p.programme', '=', filters.programme);
	if (filters.statuses.length > 0) query = query.where('p.status', 'in', filters.statuses);
	if (filters.countries.length > 0) {
		query = query.where('p.id', 'in', (sub) =>
			sub
				.selectFrom('project_countries')
				.select('project_id')
				.where('country_code', 'in', filters.countries)
		);
	}
	if (filters.sdgs.length > 0) {
		query = query.where('p.id', 'in', (sub) =>
			sub.selectFrom('project_sdgs').select('project_id').where('goal', 'in', filters.sdgs)
		);
	}
	const { clusterSlug } = filters;
	if (clusterSlug !== undefined) {
		query = query.where('p.id', 'in', (sub) =>
			sub
				.selectFrom('project_clusters as pc')
				.innerJoin('clusters as c', 'c.id', 'pc.cluster_id')
				.select('pc.project_id')
				.where('c.slug', '=', clusterSlug)
		);
	}
	return query;
}

export async function findProjects(
	db: Kysely<Database>,
	filters: ProjectFilters,
	paging: Paging
): Promise<{ rows: ProjectRow[]; total: number }> {
	const [rows, total] = await Promise.all([
		filtered(db, filters)
			.selectAll('p')
			.orderBy('p.start_date', 'desc')
			.orderBy('p.title')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		countRows(filtered(db, filters))
	]);
	return { rows, total };
}

export async function findProjectBySlug(db: Kysely<Database>, slug: string) {
	return db.selectFrom('projects').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function listProgrammes(db: Kysely<Database>): Promise<string[]> {
	const rows = await db
		.selectFrom('projects')
		.select('programme')
		.distinct()
		.orderBy('programme')
		.execute();
	return rows.map((row) => row.programme);
}

export interface ProjectRelations {
	countries: { code: string; name: string }[];
	cities: string[];
	sdgs: number[];
	sectors: string[];
	organizations: { slug: string; name: string; kind: string; verified: boolean; role: string }[];
}

/** Places, goals, sectors and participating organizations of many projects at once. */
export async function loadProjectRelations(
	db: Kysely<Database>,
	ids: number[],
	locale: string
): Promise<Map<number, ProjectRelations>> {
	const relations = new Map<number, ProjectRelations>(
		ids.map((id) => [id, { countries: [], cities: [], sdgs: [], sectors: [], organizations: [] }])
	);
	if (ids.length === 0) return relations;
	const [countries, cities, sdgs, sectors, organizations] = await Promise.all([
		db
			.selectFrom('project_countries as pc')
			.innerJoin('countries as c', 'c.code', 'pc.country_code')
			.leftJoin('country_names as cn', (join) =>
				join.onRef('cn.country_code', '=', 'c.code').on('cn.locale', '=', locale)
			)
			.select((eb) => ['pc.project_id', 'c.code', eb.fn.coalesce('cn.name', 'c.name').as('name')])
			.where('pc.project_id', 'in', ids)
			.orderBy('name')
			.execute(),
		db
			.selectFrom('project_cities as pc')
			.innerJoin('cities as c', 'c.id', 'pc.city_id')
			.select(['pc.project_id', 'c.name'])
			.where('pc.project_id', 'in', ids)
			.execute(),
		db
			.selectFrom('project_sdgs')
			.selectAll()
			.where('project_id', 'in', ids)
			.orderBy('goal')
			.execute(),
		db.selectFrom('project_sectors').selectAll().where('project_id', 'in', ids).execute(),
		db
			.selectFrom('project_organizations as po')
			.innerJoin('organizations as o', 'o.id', 'po.organization_id')
			.select(['po.project_id', 'po.role', 'o.slug', 'o.name', 'o.kind', 'o.verified_at'])
			.where('po.project_id', 'in', ids)
			.orderBy('o.name')
			.execute()
	]);
	for (const row of countries) {
		relations.get(row.project_id)?.countries.push({ code: row.code, name: row.name });
	}
	for (const row of cities) relations.get(row.project_id)?.cities.push(row.name);
	for (const row of sdgs) relations.get(row.project_id)?.sdgs.push(row.goal);
	for (const row of sectors) relations.get(row.project_id)?.sectors.push(row.sector_slug);
	for (const row of organizations) {
		relations.get(row.project_id)?.organizations.push({
			slug: row.slug,
			name: row.name,
			kind: row.kind,
			verified: row.verified_at !== null,
			role: row.role
		});
	}
	return relations;
}

/** Clusters, indicators, knowledge products and the events where the project was on the agenda. */
export async function loadProjectContext(db: Kysely<Database>, projectId: number) {
	const [clusters, indicators, knowledgeProducts, events] = await Promise.all([
		db
			.selectFrom('project_clusters as pc')
			.innerJoin('clusters as c', 'c.id', 'pc.cluster_id')
			.select(['c.slug', 'c.name'])
			.where('pc.project_id', '=', projectId)
			.orderBy('name')
			.execute(),
		db
			.selectFrom('project_indicators')
			.select(['title', 'unit', 'baseline', 'target', 'actual'])
			.where('project_id', '=', projectId)
			.orderBy('position')
			.execute(),
		db
			.selectFrom('knowledge_product_projects as kp')
			.innerJoin('knowledge_products as k', 'k.id', 'kp.knowledge_product_id')
			.select(['k.slug', 'k.title', 'k.kind'])
			.where('kp.project_id', '=', projectId)
			.orderBy('k.title')
			.execute(),
		db
			.selectFrom('agenda_items as a')
			.innerJoin('events as e', 'e.id', 'a.event_id')
			.select(['e.slug', 'e.title', 'e.starts_at'])
			.where('a.project_id', '=', projectId)
			.distinct()
			.orderBy('e.starts_at', 'desc')
			.execute()
	]);
	return { clusters, indicators, knowledgeProducts, events };
}
