import type { Kysely } from 'kysely';
import type { Database, Row } from '../db/database.ts';

export type MembershipRow = Row<'organization_memberships'>;

export async function findOrganizationIdBySlug(db: Kysely<Database>, slug: string) {
	return db
		.selectFrom('organizations')
		.select(['id', 'name', 'slug'])
		.where('slug', '=', slug)
		.executeTakeFirst();
}

export async function findMembership(db: Kysely<Database>, organizationId: number, userId: number) {
	return db
		.selectFrom('organization_memberships')
		.selectAll()
		.where('organization_id', '=', organizationId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
}

export async function insertMembership(
	db: Kysely<Database>,
	membership: Omit<MembershipRow, 'created_at'> & { created_at: string }
) {
	await db.insertInto('organization_memberships').values(membership).execute();
}

export async function updateMembership(
	db: Kysely<Database>,
	organizationId: number,
	userId: number,
	changes: Partial<Pick<MembershipRow, 'status' | 'role'>>
) {
	await db
		.updateTable('organization_memberships')
		.set(changes)
		.where('organization_id', '=', organizationId)
		.where('user_id', '=', userId)
		.execute();
}

export async function deleteMembership(
	db: Kysely<Database>,
	organizationId: number,
	userId: number
) {
	await db
		.deleteFrom('organization_memberships')
		.where('organization_id', '=', organizationId)
		.where('user_id', '=', userId)
		.execute();
}

/** Members of an organization with their account names, requests first. */
export async function listMemberships(db: Kysely<Database>, organizationId: number) {
	return db
		.selectFrom('organization_memberships as m')
		.innerJoin('users as u', 'u.id', 'm.user_id')
		.select(['m.user_id', 'm.role', 'm.status', 'm.created_at', 'u.display_name', 'u.email'])
		.where('m.organization_id', '=', organizationId)
		.orderBy('m.status', 'desc')
		.orderBy('u.display_name')
		.execute();
}

/** The active editors' emails, to tell them about a request to join. */
export async function listEditorEmails(db: Kysely<Database>, organizationId: number) {
	const rows = await db
		.selectFrom('organization_memberships as m')
		.innerJoin('users as u', 'u.id', 'm.user_id')
		.select(['u.email'])
		.where('m.organization_id', '=', organizationId)
		.where('m.role', '=', 'editor')
		.where('m.status', '=', 'active')
		.execute();
	return rows.map((row) => row.email);
}
