import { parseDatabaseUrl } from '../lib/server/db/dialects/index.ts';

/** The database for humans, without the password a PostgreSQL URL may carry. */
export function describeDatabase(url: string): string {
	const target = parseDatabaseUrl(url);
	if (target.dialect === 'sqlite') return `SQLite at ${target.location}`;
	const parsed = new URL(target.location);
	parsed.password = parsed.password ? '***' : '';
	return `PostgreSQL at ${parsed.toString()}`;
}
