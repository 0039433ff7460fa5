import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

/** The platform counts as empty, and gets the demo data, when it has no organization yet. */
export async function isPlatformEmpty(db: Kysely<Database>): Promise<boolean> {
	const row = await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
	return row === undefined;
}

export async function findCountryCodes(db: Kysely<Database>): Promise<Set<string>> {
	const rows = await db.selectFrom('countries').select('code').execute();
	return new Set(rows.map((row) => row.code));
}
