import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';

export interface Paging {
	limit: number;
	offset: number;
}

export function toPaging(page: number, pageSize: number): Paging {
	return { limit: pageSize, offset: (page - 1) * pageSize };
}

/**
 * A case-insensitive "contains" pattern for `lower(column) LIKE …`, with the user's `%`, `_` and
 * `\` matched literally. Portable across SQLite and PostgreSQL (both honour `ESCAPE`).
 */
export function containsPattern(text: string): RawBuilder<string> {
	const escaped = text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`);
	return sql<string>`${`%${escaped}%`} escape '\\'`;
}

/**
 * How many rows a filtered query matches (its select list is replaced by a count). Counts come
 * back as numbers on both dialects.
 * @example const total = await countRows(filtered(db, filters));
 */
export async function countRows<DB, TB extends keyof DB, O>(
	query: SelectQueryBuilder<DB, TB, O>
): Promise<number> {
	// Generic builders lose the shape of the selection in Kysely's types, hence the cast.
	const row = (await query
		.clearSelect()
		.select((eb) => eb.fn.countAll().as('total'))
		.executeTakeFirstOrThrow()) as { total: number | string | bigint };
	return Number(row.total);
}
