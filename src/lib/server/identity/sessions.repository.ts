import type { Kysely } from 'kysely';
import type { Database, NewRow } from '../db/database.ts';

export async function insertSession(db: Kysely<Database>, session: NewRow<'sessions'>) {
	await db.insertInto('sessions').values(session).execute();
}

/** The session and the account it belongs to, in one query. */
export async function findSession(db: Kysely<Database>, idHash: string) {
	return db
		.selectFrom('sessions as s')
		.innerJoin('users as u', 'u.id', 's.user_id')
		.select([
			's.id_hash',
			's.user_id',
			's.created_at',
			's.last_seen_at',
			's.expires_at',
			'u.role',
			'u.display_name',
			'u.email'
		])
		.where('s.id_hash', '=', idHash)
		.executeTakeFirst();
}

export async function touchSession(db: Kysely<Database>, idHash: string, at: string) {
	await db
		.updateTable('sessions')
		.set({ last_seen_at: at })
		.where('id_hash', '=', idHash)
		.execute();
}

export async function deleteSession(db: Kysely<Database>, idHash: string) {
	await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user, except (optionally) the one making the request. */
export async function deleteUserSessions(
	db: Kysely<Database>,
	userId: number,
	keepIdHash?: string
) {
	let query = db.deleteFrom('sessions').where('user_id', '=', userId);
	if (keepIdHash) query = query.where('id_hash', '!=', keepIdHash);
	const result = await query.executeTakeFirst();
	return Number(result.numDeletedRows);
}

export async function listUserSessions(db: Kysely<Database>, userId: number) {
	return db
		.selectFrom('sessions')
		.select(['id_hash', 'created_at', 'last_seen_at', 'expires_at', 'user_agent', 'ip_address'])
		.where('user_id', '=', userId)
		.orderBy('last_seen_at', 'desc')
		.execute();
}
