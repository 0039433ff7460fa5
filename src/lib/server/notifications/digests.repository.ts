import type { Kysely } from 'kysely';
import type { Database, NewRow } from '../db/database.ts';

/**
 * The SQL of digests: who has notifications waiting for one, claiming them (so two runs never
 * both send the same notification) and the record of each digest sent.
 */

type Db = Kysely<Database>;

export type DigestFrequency = 'daily' | 'weekly';

const BATCH = 500;

/**
 * The people with notifications waiting for this digest, from the `(delivery, emailed_at,
 * user_id)` index. Unconfirmed addresses are left waiting: nobody may be written to at an address
 * they have not confirmed.
 */
export async function findDigestRecipients(db: Db, frequency: DigestFrequency): Promise<number[]> {
	const rows = await db
		.selectFrom('notifications as n')
		.innerJoin('users as u', 'u.id', 'n.user_id')
		.select('n.user_id')
		.distinct()
		.where('n.delivery', '=', frequency)
		.where('n.emailed_at', 'is', null)
		.where('u.email_verified_at', 'is not', null)
		.orderBy('n.user_id')
		.execute();
	return rows.map((row) => row.user_id);
}

/** The ids of a person's notifications waiting for this digest. */
export async function findPendingDigestItems(
	db: Db,
	userId: number,
	frequency: DigestFrequency
): Promise<number[]> {
	const rows = await db
		.selectFrom('notifications')
		.select('id')
		.where('user_id', '=', userId)
		.where('delivery', '=', frequency)
		.where('emailed_at', 'is', null)
		.execute();
	return rows.map((row) => row.id);
}

/**
 * Marks these notifications emailed, but only those no other run has taken meanwhile, and
 * answers the ids this call took. On PostgreSQL a concurrent run waits on the row locks and then
 * finds `emailed_at` set; on SQLite writers take turns. Either way each notification is taken
 * exactly once.
 */
export async function claimDigestItems(db: Db, ids: number[], at: string): Promise<number[]> {
	const claimed: number[] = [];
	for (let start = 0; start < ids.length; start += BATCH) {
		const rows = await db
			.updateTable('notifications')
			.set({ emailed_at: at })
			.where('id', 'in', ids.slice(start, start + BATCH))
			.where('emailed_at', 'is', null)
			.returning('id')
			.execute();
		claimed.push(...rows.map((row) => row.id));
	}
	return claimed;
}

export async function insertDigest(db: Db, row: NewRow<'notification_digests'>): Promise<void> {
	await db.insertInto('notification_digests').values(row).execute();
}
