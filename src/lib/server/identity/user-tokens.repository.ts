import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../db/database.ts';

export async function insertUserToken(db: Kysely<Database>, token: NewRow<'user_tokens'>) {
	await db.insertInto('user_tokens').values(token).execute();
}

/**
 * Marks a one-time token used and answers its row, atomically: of two concurrent uses, exactly
 * one gets the row. Expired, used or unknown tokens answer undefined.
 */
export async function consumeUserToken(
	db: Kysely<Database>,
	tokenHash: string,
	purpose: Row<'user_tokens'>['purpose'],
	now: string
) {
	return db
		.updateTable('user_tokens')
		.set({ used_at: now })
		.where('token_hash', '=', tokenHash)
		.where('purpose', '=', purpose)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now)
		.returningAll()
		.executeTakeFirst();
}

/** Older unused tokens of the same purpose stop working when a new one is sent. */
export async function retireUserTokens(
	db: Kysely<Database>,
	userId: number,
	purpose: Row<'user_tokens'>['purpose'],
	now: string
) {
	await db
		.updateTable('user_tokens')
		.set({ used_at: now })
		.where('user_id', '=', userId)
		.where('purpose', '=', purpose)
		.where('used_at', 'is', null)
		.execute();
}

/** The email of the account a token belongs to, whatever its state (for the password rules). */
export async function findTokenOwnerEmail(db: Kysely<Database>, tokenHash: string) {
	const row = await db
		.selectFrom('user_tokens as t')
		.innerJoin('users as u', 'u.id', 't.user_id')
		.select('u.email')
		.where('t.token_hash', '=', tokenHash)
		.executeTakeFirst();
	return row?.email;
}
