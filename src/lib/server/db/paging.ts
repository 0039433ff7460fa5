import { sql, type RawBuilder } from 'kysely';

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
