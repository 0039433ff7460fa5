import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/lib/server/db/connection.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import { seedDemo } from '../src/lib/server/demo/demo.service.ts';
import { system } from '../src/lib/server/identity/actor.ts';
import { loadReferenceData } from '../src/lib/server/reference/reference.service.ts';
import { IN_CI, loudSkip, requestedDialects, TEST_DATABASE_URL } from './test-environment.ts';

/** Fixed "now" of the demo templates, so tests can reason about dates. */
export const DEMO_SEEDED_AT = new Date('2026-01-15T12:00:00.000Z');

declare module 'vitest' {
	export interface ProvidedContext {
		dialects: ('sqlite' | 'postgres')[];
		sqliteTemplates: { empty: string; demo: string };
		postgresTemplates: { empty: string; demo: string; adminUrl: string };
	}
}

const dataDirectory = resolve(import.meta.dirname, '../data');

async function prepare(url: string, demo: boolean) {
	const { db, close } = openDatabase(url);
	try {
		await migrateToLatest(db);
		await loadReferenceData(db, dataDirectory);
		if (demo) await seedDemo({ db, actor: system, dataDirectory, now: DEMO_SEEDED_AT });
	} finally {
		await close();
	}
}

/**
 * Builds migrated template databases once per run — empty (reference data only) and with the
 * demo data — so each test file gets its own fresh copy in milliseconds.
 */
export default async function setup(project: TestProject) {
	const dialects = requestedDialects();
	const folder = mkdtempSync(join(tmpdir(), 'galaxy-test-'));
	const sqliteTemplates = { empty: join(folder, 'empty.db'), demo: join(folder, 'demo.db') };
	await prepare(`sqlite:${sqliteTemplates.empty}`, false);
	copyFileSync(sqliteTemplates.empty, sqliteTemplates.demo);
	await prepare(`sqlite:${sqliteTemplates.demo}`, true);

	const suffix = `${process.pid}`;
	const postgresTemplates = {
		empty: `galaxy_template_empty_${suffix}`,
		demo: `galaxy_template_demo_${suffix}`,
		adminUrl: TEST_DATABASE_URL
	};
	let admin: pg.Client | undefined;
	if (dialects.includes('postgres')) {
		admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
		try {
			await admin.connect();
		} catch (error) {
			admin = undefined;
			const reason = `PostgreSQL is not reachable at ${TEST_DATABASE_URL} (${String(error)})`;
			if (IN_CI)
				throw new Error(`${reason}: PostgreSQL tests are mandatory in CI.`, { cause: error });
			loudSkip(`${reason}; repository tests run on SQLite only.`);
			dialects.splice(dialects.indexOf('postgres'), 1);
		}
	}
	if (admin) {
		for (const [name, demo] of [
			[postgresTemplates.empty, false],
			[postgresTemplates.demo, true]
		] as const) {
			await admin.query(`DROP DATABASE IF EXISTS ${name}`);
			await admin.query(`CREATE DATABASE ${name}`);
			const url = new URL(TEST_DATABASE_URL);
			url.pathname = `/${name}`;
			await prepare(url.toString(), demo);
		}
	}

	project.provide('dialects', dialects);
	project.provide('sqliteTemplates', sqliteTemplates);
	project.provide('postgresTemplates', postgresTemplates);

	return async () => {
		if (admin) {
			for (const name of [postgresTemplates.empty, postgresTemplates.demo]) {
				await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			}
			await admin.end();
		}
		rmSync(folder, { recursive: true, force: true });
	};
}
