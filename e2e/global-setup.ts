import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { IN_CI, loudSkip, TEST_DATABASE_URL } from '../test/test-environment.ts';
import { CHROMIUM_PATH, hasChromium } from './support/chromium.ts';
import { LOCKOUT_SECONDS, TEST_PASSWORD, testAccount, type TestRole } from './support/accounts.ts';
import { createUser } from './support/cli.ts';
import { startMailCatcher } from './support/mail-catcher.ts';
import { startServer, type RunningServer } from './support/server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		sqliteOrigin: string;
		postgresOrigin: string | null;
		chromium: boolean;
		mailFolder: string;
		/** The SQLite server's database, for `galaxy` commands an operator would run. */
		sqliteDatabaseUrl: string;
	}
}

/** The editor is a platform member; the tests make them editor of one organization. */
function createAccount(databaseUrl: string, role: TestRole) {
	createUser(databaseUrl, {
		email: testAccount(role),
		role: role === 'editor' ? 'member' : role,
		name: `E2E ${role}`,
		password: TEST_PASSWORD
	});
}

/**
 * Starts the built platform twice, as a newcomer would with `npm start`: once on a fresh SQLite
 * file and once on a fresh PostgreSQL database, each filled with the demo data on first start.
 */
export default async function setup(project: TestProject) {
	const root = resolve(import.meta.dirname, '..');
	if (!existsSync(join(root, 'build/handler.js'))) {
		throw new Error(
			'No build found: run `npm run build` before the browser tests (npm test does).'
		);
	}
	const chromium = hasChromium();
	if (!chromium) {
		const reason = `Chromium is not installed at ${CHROMIUM_PATH} (apt-get install -y chromium)`;
		if (IN_CI) throw new Error(`${reason}: browser tests are mandatory in CI.`);
		loudSkip(`${reason}; browser journeys and accessibility scans do not run.`);
	}

	const folder = mkdtempSync(join(tmpdir(), 'galaxy-e2e-'));
	const mailFolder = join(folder, 'mail');
	const mailCatcher = await startMailCatcher(mailFolder);
	const servers: RunningServer[] = [];
	// The SQLite server sends real email to the catcher; the PostgreSQL one keeps the outbox.
	const sqliteDatabaseUrl = `sqlite:${join(folder, 'galaxy.db')}`;
	const sqlite = await startServer(sqliteDatabaseUrl, {
		SMTP_URL: mailCatcher.url,
		// Short, so the test can see a locked account open again after the window.
		SIGN_IN_LOCKOUT_SECONDS: String(LOCKOUT_SECONDS),
		// As behind a proxy: tests say which address a request comes from.
		ADDRESS_HEADER: 'X-Forwarded-For',
		XFF_DEPTH: '1'
	});
	servers.push(sqlite);

	let postgresOrigin: string | null = null;
	const databaseName = `galaxy_e2e_${process.pid}`;
	const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
	let adminConnected = false;
	try {
		await admin.connect();
		adminConnected = true;
	} catch (error) {
		const reason = `PostgreSQL is not reachable at ${TEST_DATABASE_URL} (${String(error)})`;
		if (IN_CI)
			throw new Error(`${reason}: PostgreSQL tests are mandatory in CI.`, { cause: error });
		loudSkip(`${reason}; the platform is not started on PostgreSQL.`);
	}
	if (adminConnected) {
		await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
		await admin.query(`CREATE DATABASE ${databaseName}`);
		const url = new URL(TEST_DATABASE_URL);
		url.pathname = `/${databaseName}`;
		const postgres = await startServer(url.toString());
		servers.push(postgres);
		postgresOrigin = postgres.origin;
	}

	for (const role of ['member', 'editor', 'curator', 'admin'] as const) {
		createAccount(sqliteDatabaseUrl, role);
	}
	project.provide('sqliteDatabaseUrl', sqliteDatabaseUrl);
	project.provide('sqliteOrigin', sqlite.origin);
	project.provide('postgresOrigin', postgresOrigin);
	project.provide('chromium', chromium);
	project.provide('mailFolder', mailFolder);

	return async () => {
		await Promise.all(servers.map((server) => server.stop()));
		await mailCatcher.stop();
		if (adminConnected) {
			await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
			await admin.end();
		}
		rmSync(folder, { recursive: true, force: true });
	};
}
