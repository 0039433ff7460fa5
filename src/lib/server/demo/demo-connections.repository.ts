import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { NeedRow } from '../brokering/needs.repository.ts';

/** Demo needs by title (the demo data names them so). */
export async function findNeedsByTitles(
	db: Kysely<Database>,
	titles: string[]
): Promise<Map<string, NeedRow>> {
	if (titles.length === 0) return new Map();
	const rows = await db.selectFrom('needs').selectAll().where('title', 'in', titles).execute();
	return new Map(rows.map((row) => [row.title, row]));
}
