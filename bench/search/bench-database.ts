import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { openDatabase } from '#lib/server/db/connection.ts';
import type { Database } from '#lib/server/db/database.ts';
import type { DialectName } from '#lib/server/db/dialects/index.ts';
import { migrateToLatest } from '#lib/server/db/migrate.ts';
import { loadReferenceData } from '#lib/server/reference/reference.service.ts';
import type { CorpusReference } from './corpus.ts';

/** Where PostgreSQL bench databases are created from; any database of the server will do. */
export const BENCH_POSTGRES_URL =
	process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
	dialect: DialectName;
	/** The DATABASE_URL a server started on this database uses. */
	url: string;
	db: Kysely<Database>;
	/** Closes the connections and deletes the database (drops it, or removes the files). */
	destroy(): Promise<void>;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: BENCH_POSTGRES_URL });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

/**
 * A new, empty database with the schema and the reference data (countries, SDGs, sectors): a
 * temporary SQLite file, or a PostgreSQL database named `galaxy_bench_<random>`.
 */
export async function createBenchDatabase(
	dialect: DialectName,
	dataDirectory: string
): Promise<BenchDatabase> {
	let url: string;
	let removeStorage: () => Promise<void>;
	if (dialect === 'sqlite') {
		const folder = mkdtempSync(join(tmpdir(), 'galaxy-bench-'));
		url = `sqlite:${join(folder, 'bench.db')}`;
		removeStorage = async () => rmSync(folder, { recursive: true, force: true });
	} else {
		const name = `galaxy_bench_${randomBytes(6).toString('hex')}`;
		await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
		const target = new URL(BENCH_POSTGRES_URL);
		target.pathname = `/${name}`;
		url = target.toString();
		// FORCE: a server the benchmark started may not have let go of its connections yet.
		removeStorage = () =>
			withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
				() => undefined
			);
	}
	const handle = openDatabase(url);
	let destroyed = false;
	const destroy = async () => {
		if (destroyed) return;
		destroyed = true;
		try {
			await handle.close();
		} finally {
			await removeStorage();
		}
	};
	try {
		await migrateToLatest(handle.db);
		await loadReferenceData(handle.db, dataDirectory);
	} catch (error) {
		await destroy();
		throw error;
	}
	return { dialect, url, db: handle.db, destroy };
}

/** The sector slugs and Global South countries the corpus is generated from. */
export async function readCorpusReference(db: Kysely<Database>): Promise<CorpusReference> {
	const sectors = await db.selectFrom('sectors').select('slug').orderBy('position').execute();
	const countries = await db
		.selectFrom('countries')
		.select(['code', 'name'])
		.where('global_south', '=', 1)
		.orderBy('code')
		.execute();
	const names = await db
		.selectFrom('country_names')
		.innerJoin('countries', 'countries.code', 'country_names.country_code')
		.select(['country_names.country_code', 'country_names.locale', 'country_names.name'])
		.where('countries.global_south', '=', 1)
		.execute();
	const namesByCode = new Map<string, Record<string, string>>();
	for (const country of countries) namesByCode.set(country.code, { en: country.name });
	for (const row of names) {
		const entry = namesByCode.get(row.country_code);
		if (entry && row.name) entry[row.locale] = row.name;
	}
	return {
		sectors: sectors.map((row) => row.slug),
		countries: countries.map((country) => ({
			code: country.code,
			names: namesByCode.get(country.code) ?? { en: country.name }
		}))
	};
}
