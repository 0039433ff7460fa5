import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../db/database.ts';

/** The SQL of one-click unsubscribe tokens (only their SHA-256 is stored). */

type Db = Kysely<Database>;

export async function insertUnsubscribeToken(
	db: Db,
	row: NewRow<'unsubscribe_tokens'>
): Promise<void> {
	await db.insertInto('unsubscribe_tokens').values(row).execute();
}

export async function findUnsubscribeToken(
	db: Db,
	tokenHash: string
): Promise<Row<'unsubscribe_tokens'> | undefined> {
	return db
		.selectFrom('unsubscribe_tokens')
		.selectAll()
		.where('token_hash', '=', tokenHash)
		.executeTakeFirst();
}

/** Records the first use of a token; later uses keep that instant. */
export async function markUnsubscribeTokenUsed(
	db: Db,
	tokenHash: string,
	at: string
): Promise<void> {
	await db
		.updateTable('unsubscribe_tokens')
		.set({ used_at: at })
		.where('token_hash', '=', tokenHash)
		.where('used_at', 'is', null)
		.execute();
}
