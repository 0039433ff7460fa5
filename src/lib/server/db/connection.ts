import { Kysely } from 'kysely';
import type { Database } from './database.ts';
import { createDialect, parseDatabaseUrl, type DialectName } from './dialects/index.ts';

export interface DatabaseHandle {
	db: Kysely<Database>;
	dialect: DialectName;
	close(): Promise<void>;
}

/**
 * Opens the database named by a `DATABASE_URL`.
 * @example const { db, close } = openDatabase('sqlite:./data/galaxy.db');
 */
export function openDatabase(url: string): DatabaseHandle {
	const target = parseDatabaseUrl(url);
	const db = new Kysely<Database>({ dialect: createDialect(target) });
	return { db, dialect: target.dialect, close: () => db.destroy() };
}
