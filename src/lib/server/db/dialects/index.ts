import { PostgresAdapter, type ColumnDefinitionBuilder, type Dialect, type Kysely } from 'kysely';
import type pg from 'pg';
import { createPostgresDialect } from './postgres.ts';
import type { Database as SQLiteDatabase } from 'better-sqlite3';
import { createSqliteDialect } from './sqlite.ts';

/**
 * Everything that differs between SQLite and PostgreSQL lives in this folder. The rest of the
 * code sees one `Database` and writes portable Kysely.
 */
export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseTarget {
	dialect: DialectName;
	/** File path for SQLite, connection string for PostgreSQL. */
	location: string;
}

/**
 * Reads `DATABASE_URL`: `sqlite:./data/galaxy.db`, `sqlite::memory:` or `postgres://…`.
 * @example parseDatabaseUrl('postgres://postgres@127.0.0.1:5432/galaxy').dialect === 'postgres'
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
	if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
		return { dialect: 'postgres', location: url };
	}
	if (url.startsWith('sqlite:')) {
		const location = url.slice('sqlite:'.length).replace(/^\/\//, '');
		if (!location)
			throw new Error('DATABASE_URL: sqlite: needs a file path, e.g. sqlite:./data/galaxy.db');
		return { dialect: 'sqlite', location };
	}
	throw new Error(`DATABASE_URL: expected sqlite:<file> or postgres://…, got "${url}"`);
}

/**
 * The Kysely dialect for a target and, on PostgreSQL, its connection pool (rate limiting and the
 * job queue use the same pool rather than opening their own).
 */
export function createDialect(target: DatabaseTarget): {
	dialect: Dialect;
	pool?: pg.Pool;
	/** SQLite: a read-only second connection (see `sqliteReader`). */
	reader?: SQLiteDatabase;
} {
	return target.dialect === 'postgres'
		? createPostgresDialect(target.location)
		: createSqliteDialect(target.location);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any schema, e.g. in migrations
export function dialectOf(db: Kysely<any>): DialectName {
	return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * Whether an error is a unique-constraint violation, which both dialects report differently.
 * Lets a use-case turn a lost race (two sign-ups with one email) into a clean answer.
 */
export function isUniqueViolation(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const { code, message } = error as { code?: unknown; message?: unknown };
	return (
		code === '23505' ||
		code === 'SQLITE_CONSTRAINT_UNIQUE' ||
		code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
		(typeof message === 'string' && message.startsWith('UNIQUE constraint failed'))
	);
}

/** A surrogate integer key: `AUTOINCREMENT` on SQLite, an identity column on PostgreSQL. */
export function identity(dialect: DialectName) {
	return (column: ColumnDefinitionBuilder) =>
		dialect === 'postgres'
			? column.primaryKey().generatedByDefaultAsIdentity()
			: column.primaryKey().autoIncrement();
}
