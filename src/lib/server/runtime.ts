import type { Kysely } from 'kysely';
import type { Config } from './config/config.ts';
import { openDatabase, type DatabaseHandle } from './db/connection.ts';
import type { Database } from './db/database.ts';
import { prepareDatabase } from './setup/prepare-database.ts';

/**
 * The one database pool of this process. It holds connections, never per-user state, so any
 * number of app servers can run side by side against the same PostgreSQL.
 */
let current: DatabaseHandle | undefined;

export async function startRuntime(config: Config, dataDirectory: string): Promise<void> {
	if (current) return;
	const handle = openDatabase(config.databaseUrl);
	await prepareDatabase(handle.db, { demo: config.demoData === 'auto', dataDirectory });
	current = handle;
}

export function database(): Kysely<Database> {
	if (!current) throw new Error('The database is not open: startRuntime() has not run.');
	return current.db;
}

export async function stopRuntime(): Promise<void> {
	await current?.close();
	current = undefined;
}
