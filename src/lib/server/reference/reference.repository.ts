import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

export async function hasReferenceData(db: Kysely<Database>): Promise<boolean> {
	const row = await db.selectFrom('countries').select('code').limit(1).executeTakeFirst();
	return row !== undefined;
}
