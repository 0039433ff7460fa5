import { randomBytes } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase } from '../src/lib/server/db/connection.ts';
import type { Database } from '../src/lib/server/db/database.ts';
import type { DialectName } from '../src/lib/server/db/dialects/index.ts';

export interface TestDatabase {
	db: Kysely<Database>;
	dialect: DialectName;
	/** The PostgreSQL pool behind `db` (undefined on SQLite). */
	pool?: pg.Pool;
	destroy(): Promise<void>;
}

/** Retries an operation PostgreSQL refuses while other sessions use the database. */
async function retryWhileBusy<T>(operation: () => Promise<T>): Promise<T> {
	for (let attempt = 0; ; attempt += 1) {
		try {
			return await operation();
		} catch (error) {
			if (attempt >= 50 || !String(error).includes('being accessed by other users')) throw error;
			await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 100));
		}
	}
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: inject('postgresTemplates').adminUrl });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

/**
 * A fresh database for one test file, copied from a migrated template: `demo` has the demo data,
 * `empty` only the reference data (countries, SDGs, sectors).
 */
export async function createTestDatabase(
	dialect: DialectName,
	content: 'empty' | 'demo'
): Promise<TestDatabase> {
	const name = `galaxy_test_${randomBytes(6).toString('hex')}`;
	if (dialect === 'sqlite') {
		const file = join(tmpdir(), `${name}.db`);
		copyFileSync(inject('sqliteTemplates')[content], file);
		const { db, close } = openDatabase(`sqlite:${file}`);
		return {
			db,
			dialect,
			destroy: async () => {
				await close();
				for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
			}
		};
	}
	const template = inject('postgresTemplates')[content];
	// Several files may copy the same template at once; PostgreSQL refuses while another copy
	// holds it, so wait and retry briefly.
	await withAdmin((client) =>
		retryWhileBusy(() => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`))
	);
	const url = new URL(inject('postgresTemplates').adminUrl);
	url.pathname = `/${name}`;
	const { db, close, pool } = openDatabase(url.toString());
	return {
		db,
		dialect,
		pool,
		destroy: async () => {
			await close();
			// Not WITH (FORCE): killing a connection the pool is still closing makes it throw. The
			// pool is closed, so its sessions are gone within moments.
			await withAdmin((client) =>
				retryWhileBusy(() => client.query(`DROP DATABASE IF EXISTS ${name}`))
			);
		}
	};
}

/**
 * Runs a block of tests once per dialect (SQLite and PostgreSQL), each on its own fresh database.
 * @example describeOnDialects('solutions', 'demo', (db) => { it('…', async () => { db() … }) })
 */
export function describeOnDialects(
	title: string,
	content: 'empty' | 'demo',
	body: (db: () => Kysely<Database>, dialect: DialectName) => void
): void {
	for (const dialect of inject('dialects')) {
		describe(`${title} [${dialect}]`, () => {
			let database: TestDatabase | undefined;
			beforeAll(async () => {
				database = await createTestDatabase(dialect, content);
			});
			afterAll(async () => {
				await database?.destroy();
			});
			body(() => {
				if (!database) throw new Error('test database not ready');
				return database.db;
			}, dialect);
		});
	}
}
