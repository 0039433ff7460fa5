import type { Kysely } from 'kysely';
import type { Database, NewRow } from '../db/database.ts';

export async function findUserByEmail(db: Kysely<Database>, email: string) {
	return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function insertUser(db: Kysely<Database>, user: NewRow<'users'>) {
	return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}
