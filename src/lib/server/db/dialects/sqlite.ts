import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { SqliteDialect } from 'kysely';

/**
 * SQLite through better-sqlite3. WAL lets readers work while one writer writes; foreign keys are
 * off by default in SQLite, so they are switched on for every connection.
 */
export function createSqliteDialect(file: string): SqliteDialect {
	if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
	const database = new SQLite(file);
	database.pragma('journal_mode = WAL');
	database.pragma('foreign_keys = ON');
	database.pragma('busy_timeout = 5000');
	database.pragma('synchronous = NORMAL');
	return new SqliteDialect({ database });
}
