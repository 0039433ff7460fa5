import type { Kysely } from 'kysely';
import type { Database, NewRow } from '../db/database.ts';

export async function insertApiToken(db: Kysely<Database>, token: NewRow<'api_tokens'>) {
	return db.insertInto('api_tokens').values(token).returningAll().executeTakeFirstOrThrow();
}

export async function findUserApiTokens(db: Kysely<Database>, userId: number) {
	return db
		.selectFrom('api_tokens')
		.select(['id', 'name', 'prefix', 'scope', 'created_at', 'last_used_at', 'revoked_at'])
		.where('user_id', '=', userId)
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.execute();
}

/** The live token with this hash and its owner's role. */
export async function findActiveApiToken(db: Kysely<Database>, tokenHash: string) {
	return db
		.selectFrom('api_tokens as t')
		.innerJoin('users as u', 'u.id', 't.user_id')
		.select(['t.id', 't.user_id', 't.scope', 't.last_used_at', 'u.role'])
		.where('t.token_hash', '=', tokenHash)
		.where('t.revoked_at', 'is', null)
		.executeTakeFirst();
}

export async function touchApiToken(db: Kysely<Database>, id: number, at: string) {
	await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

/** Revokes one of a user's tokens; answers whether there was a live one to revoke. */
export async function revokeUserApiToken(
	db: Kysely<Database>,
	userId: number,
	id: number,
	at: string
): Promise<boolean> {
	const result = await db
		.updateTable('api_tokens')
		.set({ revoked_at: at })
		.where('id', '=', id)
		.where('user_id', '=', userId)
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** Revokes every live token of a user (after a password reset). */
export async function revokeAllUserApiTokens(db: Kysely<Database>, userId: number, at: string) {
	await db
		.updateTable('api_tokens')
		.set({ revoked_at: at })
		.where('user_id', '=', userId)
		.where('revoked_at', 'is', null)
		.execute();
}
