import type { Kysely } from 'kysely';
import type { Database, NewRow, UpdateRow } from '../db/database.ts';

export async function findUserByEmail(db: Kysely<Database>, email: string) {
	return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function insertUser(db: Kysely<Database>, user: NewRow<'users'>) {
	return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

export async function findUserById(db: Kysely<Database>, id: number) {
	return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateUser(db: Kysely<Database>, id: number, changes: UpdateRow<'users'>) {
	await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

/** Marks the address proven, unless it already was (keeps the first verification time). */
export async function markEmailVerified(db: Kysely<Database>, id: number, at: string) {
	await db
		.updateTable('users')
		.set({ email_verified_at: at })
		.where('id', '=', id)
		.where('email_verified_at', 'is', null)
		.execute();
}
