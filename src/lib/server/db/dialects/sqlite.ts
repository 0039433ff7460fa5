import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { SqliteDialect, type Kysely } from 'kysely';

/**
 * SQLite through better-sqlite3. WAL lets readers work while one writer writes; foreign keys are
 * off by default in SQLite, so they are switched on for every connection.
 */
export function createSqliteDialect(file: string): {
	dialect: SqliteDialect;
	reader?: SQLite.Database;
} {
	if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
	const database = new SQLite(file);
	database.pragma('journal_mode = WAL');
	database.pragma('foreign_keys = ON');
	database.pragma('busy_timeout = 5000');
	database.pragma('synchronous = NORMAL');
	return { dialect: new SqliteDialect({ database }), reader: openReader(file) };
}

/**
 * A second, read-only connection for hot read paths (search) that need rows as plain arrays and
 * cached statements. It reads the last committed state (WAL), never another request's open
 * transaction on the main connection. None for an in-memory database (a separate database).
 */
function openReader(file: string): SQLite.Database | undefined {
	if (file === ':memory:') return undefined;
	const reader = new SQLite(file, { readonly: true });
	reader.pragma('busy_timeout = 5000');
	return reader;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
const readers = new WeakMap<Kysely<any>, SQLite.Database>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
export function registerSqliteReader(db: Kysely<any>, reader: SQLite.Database): void {
	readers.set(db, reader);
}

/** The read-only connection of a database opened by `openDatabase` (not of a transaction). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
export function sqliteReader(db: Kysely<any>): SQLite.Database | undefined {
	return readers.get(db);
}
