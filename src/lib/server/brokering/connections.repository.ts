import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../db/database.ts';
import type { Stage } from './pipeline.rules.ts';

/** The SQL of the brokering pipeline: connections, their transitions, the parties' contacts. */

type Db = Kysely<Database>;
export type ConnectionRow = Row<'connections'>;

export async function findConnectionById(db: Db, id: number): Promise<ConnectionRow | undefined> {
	return db.selectFrom('connections').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertConnection(db: Db, row: NewRow<'connections'>): Promise<number> {
	const inserted = await db
		.insertInto('connections')
		.values(row)
		.returning('id')
		.executeTakeFirstOrThrow();
	return inserted.id;
}

/** Moves a connection only if it is still in `from` (a concurrent move makes this a no-op). */
export async function moveConnectionFrom(
	db: Db,
	id: number,
	from: Stage,
	changes: Partial<
		Pick<ConnectionRow, 'stage' | 'closed_reason' | 'contact_name' | 'contact_email'>
	> & {
		updated_at: string;
		stage_changed_at: string;
	}
): Promise<boolean> {
	const result = await db
		.updateTable('connections')
		.set(changes)
		.where('id', '=', id)
		.where('stage', '=', from)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function insertTransition(
	db: Db,
	row: NewRow<'connection_transitions'>
): Promise<void> {
	await db.insertInto('connection_transitions').values(row).execute();
}

export async function findTransitions(db: Db, connectionId: number) {
	return db
		.selectFrom('connection_transitions as t')
		.leftJoin('users as u', 'u.id', 't.actor_user_id')
		.select(['t.id', 't.from_stage', 't.to_stage', 't.note', 't.created_at', 'u.display_name'])
		.where('t.connection_id', '=', connectionId)
		.orderBy('t.created_at')
		.orderBy('t.id')
		.execute();
}

/** Names of the targets of some connections. */
export async function findTargetNames(
	db: Db,
	ids: { solutions: number[]; organizations: number[]; cities: number[] }
) {
	const [solutions, organizations, cities] = await Promise.all([
		ids.solutions.length === 0
			? []
			: db
					.selectFrom('solutions')
					.select(['id', 'slug', 'title'])
					.where('id', 'in', ids.solutions)
					.execute(),
		ids.organizations.length === 0
			? []
			: db
					.selectFrom('organizations')
					.select(['id', 'slug', 'name'])
					.where('id', 'in', ids.organizations)
					.execute(),
		ids.cities.length === 0
			? []
			: db
					.selectFrom('cities')
					.select(['id', 'name', 'country_code'])
					.where('id', 'in', ids.cities)
					.execute()
	]);
	return { solutions, organizations, cities };
}

/** Active editors of organizations first, then members: who speaks for an organization. */
export async function findOrganizationContacts(db: Db, organizationIds: number[]) {
	if (organizationIds.length === 0) return [];
	return db
		.selectFrom('organization_memberships as m')
		.innerJoin('users as u', 'u.id', 'm.user_id')
		.select(['m.organization_id', 'm.role', 'u.display_name', 'u.email'])
		.where('m.organization_id', 'in', organizationIds)
		.where('m.status', '=', 'active')
		.orderBy('m.role', 'desc')
		.orderBy('u.id')
		.execute();
}

export async function findSolutionContact(db: Db, solutionId: number) {
	return db
		.selectFrom('solutions as s')
		.leftJoin('users as u', 'u.id', 's.created_by')
		.select([
			's.id',
			's.title',
			's.slug',
			's.summary',
			's.status',
			's.contact_name',
			's.contact_email',
			's.organization_id',
			'u.display_name as creator_name',
			'u.email as creator_email'
		])
		.where('s.id', '=', solutionId)
		.executeTakeFirst();
}

/** The providers of a solution, in order. */
export async function findSolutionProviders(db: Db, solutionId: number) {
	const rows = await db
		.selectFrom('solution_organizations')
		.select('organization_id')
		.where('solution_id', '=', solutionId)
		.where('role', '=', 'provider')
		.orderBy('position')
		.execute();
	return rows.map((row) => row.organization_id);
}

export async function findOrganization(db: Db, id: number) {
	return db
		.selectFrom('organizations')
		.select(['id', 'slug', 'name', 'description'])
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function findCity(db: Db, id: number) {
	return db
		.selectFrom('cities')
		.select(['id', 'name', 'country_code'])
		.where('id', '=', id)
		.executeTakeFirst();
}

/** Organizations based in a city: who can speak for it. */
export async function findOrganizationsInCity(db: Db, cityId: number) {
	const rows = await db
		.selectFrom('organizations')
		.select('id')
		.where('city_id', '=', cityId)
		.orderBy('id')
		.execute();
	return rows.map((row) => row.id);
}

export async function findStaffEmails(db: Db): Promise<string[]> {
	const rows = await db
		.selectFrom('users')
		.select('email')
		.where('role', 'in', ['curator', 'admin'])
		.orderBy('id')
		.execute();
	return rows.map((row) => row.email);
}

export async function findUserContact(db: Db, userId: number) {
	return db
		.selectFrom('users')
		.select(['display_name', 'email'])
		.where('id', '=', userId)
		.executeTakeFirst();
}
