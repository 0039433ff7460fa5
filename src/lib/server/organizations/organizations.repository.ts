import { sql, type Kysely } from 'kysely';
import type { Database, Row } from '../db/database.ts';
import { countRows, containsPattern, type Paging } from '../db/paging.ts';

export interface OrganizationFilters {
	text?: string;
	kinds: string[];
	countries: string[];
}

export type OrganizationListRow = Row<'organizations'> & {
	country_name: string | null;
	city_name: string | null;
	solution_count: number;
};

function filtered(db: Kysely<Database>, filters: OrganizationFilters) {
	let query = db.selectFrom('organizations as o');
	if (filters.kinds.length > 0) query = query.where('o.kind', 'in', filters.kinds);
	if (filters.countries.length > 0) query = query.where('o.country_code', 'in', filters.countries);
	if (filters.text) {
		const pattern = containsPattern(filters.text);
		query = query.where((eb) =>
			eb.or([
				eb(sql`lower(o.name)`, 'like', pattern),
				eb(sql`lower(coalesce(o.short_name, ''))`, 'like', pattern)
			])
		);
	}
	return query;
}

/** Partners ordered by name, with their place and number of published solutions. */
export async function findOrganizations(
	db: Kysely<Database>,
	filters: OrganizationFilters,
	paging: Paging,
	locale: string
): Promise<{ rows: OrganizationListRow[]; total: number }> {
	const [rows, total] = await Promise.all([
		filtered(db, filters)
			.leftJoin('countries as c', 'c.code', 'o.country_code')
			.leftJoin('country_names as cn', (join) =>
				join.onRef('cn.country_code', '=', 'c.code').on('cn.locale', '=', locale)
			)
			.leftJoin('cities as ci', 'ci.id', 'o.city_id')
			.selectAll('o')
			.select((eb) => [
				eb.fn.coalesce('cn.name', 'c.name').as('country_name'),
				'ci.name as city_name',
				eb
					.selectFrom('solution_organizations as so')
					.innerJoin('solutions as s', 's.id', 'so.solution_id')
					.whereRef('so.organization_id', '=', 'o.id')
					.where('s.status', '=', 'published')
					.select((inner) => inner.fn.countAll<number>().as('n'))
					.as('solution_count')
			])
			.orderBy('o.name')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		countRows(filtered(db, filters))
	]);
	return {
		rows: rows.map((row) => ({ ...row, solution_count: Number(row.solution_count ?? 0) })),
		total
	};
}

export async function findOrganizationBySlug(db: Kysely<Database>, slug: string, locale: string) {
	return db
		.selectFrom('organizations as o')
		.leftJoin('countries as c', 'c.code', 'o.country_code')
		.leftJoin('country_names as cn', (join) =>
			join.onRef('cn.country_code', '=', 'c.code').on('cn.locale', '=', locale)
		)
		.leftJoin('cities as ci', 'ci.id', 'o.city_id')
		.selectAll('o')
		.select([
			(eb) => eb.fn.coalesce('cn.name', 'c.name').as('country_name'),
			'ci.name as city_name'
		])
		.where('o.slug', '=', slug)
		.executeTakeFirst();
}

export async function findOrganizationPeople(db: Kysely<Database>, organizationId: number) {
	return db
		.selectFrom('people')
		.select(['slug', 'honorific', 'name', 'title'])
		.where('organization_id', '=', organizationId)
		.orderBy('name')
		.execute();
}

export async function findOrganizationProjects(db: Kysely<Database>, organizationId: number) {
	return db
		.selectFrom('project_organizations as po')
		.innerJoin('projects as p', 'p.id', 'po.project_id')
		.select(['p.slug', 'p.title', 'p.programme', 'p.status', 'po.role'])
		.where('po.organization_id', '=', organizationId)
		.orderBy('p.title')
		.execute();
}

export async function findOrganizationEvents(db: Kysely<Database>, organizationId: number) {
	return db
		.selectFrom('event_organizations as eo')
		.innerJoin('events as e', 'e.id', 'eo.event_id')
		.select(['e.slug', 'e.title', 'e.starts_at', 'eo.role'])
		.where('eo.organization_id', '=', organizationId)
		.orderBy('e.starts_at', 'desc')
		.execute();
}

export async function findOrganizationClusters(db: Kysely<Database>, organizationId: number) {
	return db
		.selectFrom('cluster_memberships as cm')
		.innerJoin('clusters as c', 'c.id', 'cm.cluster_id')
		.select(['c.slug', 'c.name', 'cm.role'])
		.where('cm.organization_id', '=', organizationId)
		.where('cm.status', '=', 'active')
		.orderBy('c.name')
		.execute();
}
