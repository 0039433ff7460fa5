import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../db/database.ts';

/**
 * The SQL that writes pilot projects (the projects module only reads them otherwise): a project
 * with its participating organizations, places, SDGs and sectors, in the caller's transaction.
 */

type Db = Kysely<Database>;

export interface ProjectLinks {
	organizations: { organizationId: number; role: Row<'project_organizations'>['role'] }[];
	countries: string[];
	cityIds: number[];
	sdgs: number[];
	sectors: string[];
}

export async function insertProject(db: Db, row: NewRow<'projects'>): Promise<number> {
	const inserted = await db
		.insertInto('projects')
		.values(row)
		.returning('id')
		.executeTakeFirstOrThrow();
	return inserted.id;
}

/** Writes a new project's links; each list must hold no duplicates. */
export async function insertProjectLinks(
	db: Db,
	projectId: number,
	links: ProjectLinks
): Promise<void> {
	const project_id = projectId;
	if (links.organizations.length > 0) {
		await db
			.insertInto('project_organizations')
			.values(
				links.organizations.map(({ organizationId, role }) => ({
					project_id,
					organization_id: organizationId,
					role
				}))
			)
			.execute();
	}
	if (links.countries.length > 0) {
		await db
			.insertInto('project_countries')
			.values(links.countries.map((country_code) => ({ project_id, country_code })))
			.execute();
	}
	if (links.cityIds.length > 0) {
		await db
			.insertInto('project_cities')
			.values(links.cityIds.map((city_id) => ({ project_id, city_id })))
			.execute();
	}
	if (links.sdgs.length > 0) {
		await db
			.insertInto('project_sdgs')
			.values(links.sdgs.map((goal) => ({ project_id, goal })))
			.execute();
	}
	if (links.sectors.length > 0) {
		await db
			.insertInto('project_sectors')
			.values(links.sectors.map((sector_slug) => ({ project_id, sector_slug })))
			.execute();
	}
}

/** The project made from a connection, if one was. */
export async function findProjectOfConnection(db: Db, connectionId: number) {
	return db
		.selectFrom('projects')
		.select(['id', 'slug'])
		.where('connection_id', '=', connectionId)
		.orderBy('id')
		.executeTakeFirst();
}

/** Slugs already taken by `base` or `base-<n>`, to pick the next free one. */
export async function findProjectSlugsLike(db: Db, base: string): Promise<string[]> {
	const rows = await db
		.selectFrom('projects')
		.select('slug')
		.where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
		.execute();
	return rows.map((row) => row.slug);
}

/** Organizations by slug (the project form names them so). */
export async function findOrganizationsBySlugs(db: Db, slugs: string[]) {
	if (slugs.length === 0) return [];
	return db
		.selectFrom('organizations')
		.select(['id', 'slug', 'name'])
		.where('slug', 'in', slugs)
		.execute();
}

export async function findOrganizationsByIds(db: Db, ids: number[]) {
	if (ids.length === 0) return [];
	return db
		.selectFrom('organizations')
		.select(['id', 'slug', 'name'])
		.where('id', 'in', ids)
		.execute();
}

export async function findExistingCountryCodes(db: Db, codes: string[]): Promise<Set<string>> {
	if (codes.length === 0) return new Set();
	const rows = await db.selectFrom('countries').select('code').where('code', 'in', codes).execute();
	return new Set(rows.map((row) => row.code));
}

export async function findExistingSectors(db: Db, slugs: string[]): Promise<Set<string>> {
	if (slugs.length === 0) return new Set();
	const rows = await db.selectFrom('sectors').select('slug').where('slug', 'in', slugs).execute();
	return new Set(rows.map((row) => row.slug));
}

/** Cities of some countries whose name is one of `names` (compared in lower case). */
export async function findCitiesNamed(db: Db, countryCodes: string[], names: string[]) {
	if (countryCodes.length === 0 || names.length === 0) return [];
	return db
		.selectFrom('cities')
		.select(['id', 'name', 'country_code'])
		.where('country_code', 'in', countryCodes)
		.where((eb) =>
			eb(
				eb.fn('lower', ['name']),
				'in',
				names.map((name) => name.toLowerCase())
			)
		)
		.orderBy('id')
		.execute();
}
