import { sql, type Kysely } from 'kysely';
import type { Database, Row } from '../db/database.ts';
import { containsPattern, type Paging } from '../db/paging.ts';

export interface UserFilters {
	text?: string;
	role?: Row<'users'>['role'];
}

export type ManagedUserRow = Pick<
	Row<'users'>,
	'id' | 'email' | 'display_name' | 'role' | 'email_verified_at' | 'created_at'
>;

function filtered(db: Kysely<Database>, filters: UserFilters) {
	let query = db.selectFrom('users as u');
	if (filters.role) query = query.where('u.role', '=', filters.role);
	if (filters.text) {
		const pattern = containsPattern(filters.text);
		query = query.where((eb) =>
			eb.or([
				eb(sql`lower(u.email)`, 'like', pattern),
				eb(sql`lower(u.display_name)`, 'like', pattern)
			])
		);
	}
	return query;
}

/** One page of accounts ordered by email, and how many match in all. Never the password hash. */
export async function findUsers(
	db: Kysely<Database>,
	filters: UserFilters,
	paging: Paging
): Promise<{ rows: ManagedUserRow[]; total: number }> {
	const [rows, count] = await Promise.all([
		filtered(db, filters)
			.select([
				'u.id',
				'u.email',
				'u.display_name',
				'u.role',
				'u.email_verified_at',
				'u.created_at'
			])
			.orderBy('u.email')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		filtered(db, filters)
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.total) };
}

/** When each of these accounts last signed in, from the audit log (one query for a page). */
export async function findLastSignIns(
	db: Kysely<Database>,
	userIds: number[]
): Promise<Map<number, string>> {
	if (userIds.length === 0) return new Map();
	const rows = await db
		.selectFrom('audit_events')
		.select((eb) => ['actor_user_id', eb.fn.max('occurred_at').as('last_at')])
		.where('action', '=', 'sign-in')
		.where('actor_user_id', 'in', userIds)
		.groupBy('actor_user_id')
		.execute();
	return new Map(
		rows.flatMap((row) => (row.actor_user_id === null ? [] : [[row.actor_user_id, row.last_at]]))
	);
}

/**
 * Locks every admin account until the transaction ends and returns their ids. Two admins demoting
 * each other at the same moment then take turns, and the second one sees the first one's change,
 * so the platform can never be left without an admin. (A no-op update is the portable lock:
 * SQLite has no `SELECT … FOR UPDATE`, and one writer at a time anyway.)
 */
export async function lockAdmins(db: Kysely<Database>): Promise<number[]> {
	const rows = await db
		.updateTable('users')
		.set((eb) => ({ role: eb.ref('role') }))
		.where('role', '=', 'admin')
		.returning('id')
		.execute();
	return rows.map((row) => row.id);
}

export async function updateUserRole(
	db: Kysely<Database>,
	userId: number,
	role: Row<'users'>['role'],
	at: string
): Promise<void> {
	await db.updateTable('users').set({ role, updated_at: at }).where('id', '=', userId).execute();
}
