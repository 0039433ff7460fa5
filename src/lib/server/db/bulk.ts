import type { Kysely } from 'kysely';
import type { Database, NewRow } from './database.ts';

const CHUNK = 400;

/** Inserts rows in chunks that stay under both dialects' bound-parameter limits. */
export async function insertChunked<Table extends keyof Database & string>(
	db: Kysely<Database>,
	table: Table,
	rows: NewRow<Table>[]
): Promise<void> {
	for (let start = 0; start < rows.length; start += CHUNK) {
		// Kysely cannot narrow a generic table name to its row type, hence the cast.
		await db
			.insertInto(table)
			.values(rows.slice(start, start + CHUNK) as never)
			.execute();
	}
}

/**
 * Inserts rows that have an `id` and a unique `slug`, and answers slug → id for linking.
 * @example const ids = await insertWithIds(trx, 'clusters', rows); ids.get('energy')
 */
export async function insertWithIds<
	Table extends
		| 'cities'
		| 'organizations'
		| 'people'
		| 'solutions'
		| 'clusters'
		| 'projects'
		| 'events'
		| 'knowledge_products'
>(db: Kysely<Database>, table: Table, rows: NewRow<Table>[]): Promise<Map<string, number>> {
	const ids = new Map<string, number>();
	for (let start = 0; start < rows.length; start += CHUNK) {
		const inserted = (await db
			.insertInto(table)
			.values(rows.slice(start, start + CHUNK) as never)
			.returning(['id', 'slug'] as never)
			.execute()) as unknown as { id: number; slug: string }[];
		for (const row of inserted) ids.set(row.slug, row.id);
	}
	return ids;
}
