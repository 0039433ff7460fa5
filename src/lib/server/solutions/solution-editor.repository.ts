import { sql, type Kysely } from 'kysely';
import type { Database, NewRow, Row, UpdateRow } from '../db/database.ts';

type SolutionRow = Row<'solutions'>;
import { containsPattern } from '../db/paging.ts';

/**
 * Queries of the solution form: the solution with everything it links to, the look-ups that turn
 * typed names into records, and the writes. Organizations, places and the taxonomy belong to
 * their modules; they are only read here, to resolve what a person typed.
 */

/** The organizations where a person is an active member (or editor), by name. */
export async function findActiveMemberships(db: Kysely<Database>, userId: number) {
	return db
		.selectFrom('organization_memberships as m')
		.innerJoin('organizations as o', 'o.id', 'm.organization_id')
		.select(['o.id', 'o.slug', 'o.name', 'm.role'])
		.where('m.user_id', '=', userId)
		.where('m.status', '=', 'active')
		.orderBy('o.name')
		.execute();
}

/** Whether a person is an active member (or editor) of an organization. */
export async function isActiveMember(
	db: Kysely<Database>,
	organizationId: number,
	userId: number
): Promise<boolean> {
	const row = await db
		.selectFrom('organization_memberships')
		.select('user_id')
		.where('organization_id', '=', organizationId)
		.where('user_id', '=', userId)
		.where('status', '=', 'active')
		.executeTakeFirst();
	return row !== undefined;
}

export async function findOrganizationRef(db: Kysely<Database>, slug: string) {
	return db
		.selectFrom('organizations')
		.select(['id', 'slug', 'name'])
		.where('slug', '=', slug)
		.executeTakeFirst();
}

/** Organizations whose address, name or short name is one of the terms (case-insensitively). */
export async function findOrganizationsByTerms(db: Kysely<Database>, terms: string[]) {
	if (terms.length === 0) return [];
	const lowered = terms.map((term) => term.toLowerCase());
	return db
		.selectFrom('organizations')
		.select(['id', 'slug', 'name', 'short_name'])
		.where((eb) =>
			eb.or([
				eb('slug', 'in', lowered),
				eb(sql<string>`lower(name)`, 'in', lowered),
				eb(sql<string>`lower(short_name)`, 'in', lowered)
			])
		)
		.execute();
}

/** A few organizations whose name contains the text, or failing that one of its longer words. */
export async function suggestOrganizations(db: Kysely<Database>, text: string, limit = 3) {
	const words = [text, ...text.split(/\s+/).filter((word) => word.length >= 4)];
	for (const word of words) {
		const rows = await db
			.selectFrom('organizations')
			.select(['slug', 'name'])
			.where((eb) =>
				eb.or([
					eb(sql`lower(name)`, 'like', containsPattern(word)),
					eb(sql`lower(short_name)`, 'like', containsPattern(word)),
					eb('slug', 'like', containsPattern(word))
				])
			)
			.orderBy('name')
			.limit(limit)
			.execute();
		if (rows.length > 0) return rows;
	}
	return [];
}

/** Every country with its names in every language, to match what people type in any of them. */
export async function listCountriesWithNames(db: Kysely<Database>) {
	const [countries, names] = await Promise.all([
		db.selectFrom('countries').select(['code', 'iso3', 'name']).execute(),
		db.selectFrom('country_names').select(['country_code', 'name']).execute()
	]);
	const byCode = new Map(countries.map((c) => [c.code, { ...c, names: [c.name] }]));
	for (const row of names) byCode.get(row.country_code)?.names.push(row.name);
	return [...byCode.values()];
}

/** Cities with one of these names (compared in lower case). */
export async function findCitiesByNames(db: Kysely<Database>, names: string[]) {
	if (names.length === 0) return [];
	return db
		.selectFrom('cities')
		.select(['id', 'name', 'country_code'])
		.where(
			sql<string>`lower(name)`,
			'in',
			names.map((name) => name.toLowerCase())
		)
		.execute();
}

export async function suggestCities(db: Kysely<Database>, text: string, limit = 3) {
	return db
		.selectFrom('cities')
		.select(['name', 'country_code'])
		.where(sql`lower(name)`, 'like', containsPattern(text.slice(0, 4)))
		.orderBy('name')
		.limit(limit)
		.execute();
}

export async function findExistingTargets(db: Kysely<Database>, codes: string[]) {
	if (codes.length === 0) return [];
	const rows = await db
		.selectFrom('sdg_targets')
		.select('code')
		.where('code', 'in', codes)
		.execute();
	return rows.map((row) => row.code);
}

export async function findExistingSectors(db: Kysely<Database>, slugs: string[]) {
	if (slugs.length === 0) return [];
	const rows = await db.selectFrom('sectors').select('slug').where('slug', 'in', slugs).execute();
	return rows.map((row) => row.slug);
}

export async function insertSolution(
	db: Kysely<Database>,
	solution: NewRow<'solutions'>
): Promise<number> {
	const row = await db
		.insertInto('solutions')
		.values(solution)
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function updateSolution(
	db: Kysely<Database>,
	id: number,
	changes: UpdateRow<'solutions'>
): Promise<void> {
	await db.updateTable('solutions').set(changes).where('id', '=', id).execute();
}

export interface SolutionLinks {
	sdgs: number[];
	targets: string[];
	sectors: string[];
	countries: string[];
	cityIds: number[];
	partners: { organizationId: number; role: 'provider' | 'implementer' | 'funder' }[];
}

/** Replaces everything a solution links to with the given lists (in one transaction's caller). */
export async function replaceSolutionLinks(
	db: Kysely<Database>,
	solutionId: number,
	links: SolutionLinks
): Promise<void> {
	for (const table of [
		'solution_sdgs',
		'solution_targets',
		'solution_sectors',
		'solution_countries',
		'solution_cities',
		'solution_organizations'
	] as const) {
		await db.deleteFrom(table).where('solution_id', '=', solutionId).execute();
	}
	const solution_id = solutionId;
	if (links.sdgs.length > 0) {
		await db
			.insertInto('solution_sdgs')
			.values(links.sdgs.map((goal) => ({ solution_id, goal })))
			.execute();
	}
	if (links.targets.length > 0) {
		await db
			.insertInto('solution_targets')
			.values(links.targets.map((target_code) => ({ solution_id, target_code })))
			.execute();
	}
	if (links.sectors.length > 0) {
		await db
			.insertInto('solution_sectors')
			.values(links.sectors.map((sector_slug) => ({ solution_id, sector_slug })))
			.execute();
	}
	if (links.countries.length > 0) {
		await db
			.insertInto('solution_countries')
			.values(links.countries.map((country_code) => ({ solution_id, country_code })))
			.execute();
	}
	if (links.cityIds.length > 0) {
		await db
			.insertInto('solution_cities')
			.values(links.cityIds.map((city_id) => ({ solution_id, city_id })))
			.execute();
	}
	if (links.partners.length > 0) {
		await db
			.insertInto('solution_organizations')
			.values(
				links.partners.map((partner, position) => ({
					solution_id,
					organization_id: partner.organizationId,
					role: partner.role,
					position
				}))
			)
			.execute();
	}
}

export interface SolutionParts {
	organization: { id: number; slug: string; name: string } | null;
	partners: { slug: string; name: string; role: string }[];
	countries: { code: string; name: string }[];
	cities: { name: string; countryCode: string }[];
	sdgs: number[];
	targets: string[];
	sectors: string[];
}

/**
 * Everything one solution links to, with country names in `locale` (English names fall back).
 * Lists come in a stable order, so two loads of the same solution compare equal.
 */
export async function loadSolutionParts(
	db: Kysely<Database>,
	solutionId: number,
	organizationId: number | null,
	locale: string
): Promise<SolutionParts> {
	const [organization, partners, countries, cities, sdgs, targets, sectors] = await Promise.all([
		organizationId === null
			? undefined
			: db
					.selectFrom('organizations')
					.select(['id', 'slug', 'name'])
					.where('id', '=', organizationId)
					.executeTakeFirst(),
		db
			.selectFrom('solution_organizations as so')
			.innerJoin('organizations as o', 'o.id', 'so.organization_id')
			.select(['o.slug', 'o.name', 'so.role'])
			.where('so.solution_id', '=', solutionId)
			.orderBy('so.position')
			.orderBy('o.slug')
			.execute(),
		db
			.selectFrom('solution_countries as sc')
			.innerJoin('countries as c', 'c.code', 'sc.country_code')
			.leftJoin('country_names as n', (join) =>
				join.onRef('n.country_code', '=', 'c.code').on('n.locale', '=', locale)
			)
			.select(['c.code', 'c.name', 'n.name as localName'])
			.where('sc.solution_id', '=', solutionId)
			.orderBy('c.code')
			.execute(),
		db
			.selectFrom('solution_cities as sc')
			.innerJoin('cities as c', 'c.id', 'sc.city_id')
			.select(['c.name', 'c.country_code'])
			.where('sc.solution_id', '=', solutionId)
			.orderBy('c.name')
			.orderBy('c.country_code')
			.execute(),
		db
			.selectFrom('solution_sdgs')
			.select('goal')
			.where('solution_id', '=', solutionId)
			.orderBy('goal')
			.execute(),
		db
			.selectFrom('solution_targets as st')
			.innerJoin('sdg_targets as t', 't.code', 'st.target_code')
			.select('t.code')
			.where('st.solution_id', '=', solutionId)
			.orderBy('t.goal')
			.orderBy('t.position')
			.execute(),
		db
			.selectFrom('solution_sectors as ss')
			.innerJoin('sectors as s', 's.slug', 'ss.sector_slug')
			.select('s.slug')
			.where('ss.solution_id', '=', solutionId)
			.orderBy('s.position')
			.execute()
	]);
	return {
		organization: organization ?? null,
		partners,
		countries: countries.map((row) => ({ code: row.code, name: row.localName ?? row.name })),
		cities: cities.map((row) => ({ name: row.name, countryCode: row.country_code })),
		sdgs: sdgs.map((row) => row.goal),
		targets: targets.map((row) => row.code),
		sectors: sectors.map((row) => row.slug)
	};
}

/** Solutions a person is working on (theirs or their organizations'), not yet published. */
export async function findSolutionsInProgress(
	db: Kysely<Database>,
	userId: number,
	organizationIds: number[]
) {
	return db
		.selectFrom('solutions')
		.select(['slug', 'title', 'status', 'updated_at'])
		.where('status', 'in', ['draft', 'submitted', 'changes-requested', 'rejected'])
		.where((eb) =>
			organizationIds.length > 0
				? eb.or([eb('created_by', '=', userId), eb('organization_id', 'in', organizationIds)])
				: eb('created_by', '=', userId)
		)
		.orderBy('updated_at', 'desc')
		.limit(20)
		.execute();
}

export async function findSolutionById(db: Kysely<Database>, id: number) {
	return db.selectFrom('solutions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/**
 * Changes a solution only if it is still in the status the caller saw, so two people acting on it
 * at once cannot both move it. Answers whether it changed.
 */
export async function updateSolutionInStatus(
	db: Kysely<Database>,
	id: number,
	status: SolutionRow['status'],
	changes: UpdateRow<'solutions'>
): Promise<boolean> {
	const result = await db
		.updateTable('solutions')
		.set(changes)
		.where('id', '=', id)
		.where('status', '=', status)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}
