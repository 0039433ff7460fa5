import { Kysely } from 'kysely';
import type pg from 'pg';
import type { Database } from './database.ts';
import { createDialect, parseDatabaseUrl, type DialectName } from './dialects/index.ts';
import { registerSqliteReader } from './dialects/sqlite.ts';

export interface DatabaseHandle {
	db: Kysely<Database>;
	dialect: DialectName;
	/** The PostgreSQL pool behind `db` (undefined on SQLite). */
	pool?: pg.Pool;
	close(): Promise<void>;
}

/**
 * Opens the database named by a `DATABASE_URL`.
 * @example const { db, close } = openDatabase('sqlite:./data/galaxy.db');
 */
export function openDatabase(url: string): DatabaseHandle {
	const target = parseDatabaseUrl(url);
	const { dialect, pool, reader } = createDialect(target);
	const db = new Kysely<Database>({ dialect });
	if (reader) registerSqliteReader(db, reader);
	return {
		db,
		dialect: target.dialect,
		pool,
		close: async () => {
			reader?.close();
			await db.destroy();
		}
	};
}
