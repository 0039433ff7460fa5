import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { startMailCatcher } from './support/mail-catcher.ts';
import { freePort, startServer } from './support/server.ts';

const root = resolve(import.meta.dirname, '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The recipients of every email a catcher wrote to its folder, one entry per email. */
async function recipientsIn(folder: string): Promise<string[]> {
	if (!existsSync(folder)) return [];
	const recipients: string[] = [];
	for (const file of readdirSync(folder)) {
		const mail = await simpleParser(readFileSync(join(folder, file)));
		for (const address of [mail.to].flat().flatMap((to) => to?.value ?? [])) {
			if (address.address) recipients.push(address.address);
		}
	}
	return recipients;
}

/**
 * `galaxy serve` on its own database, as `startServer` starts it, but killable with SIGKILL: a
 * crash, a power cut, an OOM kill, with no chance to finish anything.
 */
async function startKillableServer(databaseUrl: string, extraEnv: Record<string, string>) {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const uploads = mkdtempSync(join(tmpdir(), 'galaxy-uploads-'));
	const child = spawn(process.execPath, [join(root, 'bin/galaxy.js'), 'serve'], {
		cwd: root,
		env: {
			...process.env,
			DATABASE_URL: databaseUrl,
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: origin,
			UPLOADS_DIR: uploads,
			...extraEnv
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const deadline = Date.now() + 120_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`);
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`The server did not answer within 120 s:\n${output}`);
		}
		const answer = await fetch(`${origin}/api/v1`).catch(() => null);
		if (answer?.ok) break;
		await sleep(250);
	}
	return {
		origin,
		kill: () =>
			new Promise<void>((done) => {
				child.once('exit', () => {
					rmSync(uploads, { recursive: true, force: true });
					done();
				});
				child.kill('SIGKILL');
			})
	};
}

/** A registration from its own address (ADDRESS_HEADER): each sends a confirmation email. */
function register(origin: string, email: string, address: string): Promise<Response> {
	return fetch(`${origin}/register`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			'x-forwarded-for': address
		},
		body: new URLSearchParams({
			displayName: 'Focal Point',
			email,
			password: 'market waste compost plan'
		})
	});
}

describe('background jobs across a killed server (SQLite)', () => {
	// Two server starts (each may build first when the sources changed) and a relay that is slow.
	it(
		'delivers every queued email exactly once after a SIGKILL and a restart',
		{ timeout: 180_000 },
		async () => {
			const folder = mkdtempSync(join(tmpdir(), 'galaxy-jobs-restart-'));
			const databaseFile = join(folder, 'galaxy.db');
			const databaseUrl = `sqlite:${databaseFile}`;
			const slowFolder = join(folder, 'slow-relay');
			const fastFolder = join(folder, 'relay');
			const environment = {
				DEMO_DATA: 'never',
				MATCH_INDEX_WARMUP: 'off',
				ADDRESS_HEADER: 'X-Forwarded-For',
				XFF_DEPTH: '1'
			};
			// Each message takes 400 ms at the relay, so a dozen are still queued a second later.
			const slowRelay = await startMailCatcher(slowFolder, { mailFromDelayMs: 400 });
			/** How many `mail.send` jobs are in a state, read as an operator would with sqlite3. */
			const emailJobs = (state: string): number => {
				if (!existsSync(databaseFile)) return 0;
				const database = new SQLite(databaseFile, { readonly: true });
				try {
					const row = database
						.prepare("select count(*) as count from jobs where name = 'mail.send' and state = ?")
						.get(state) as { count: number };
					return row.count;
				} finally {
					database.close();
				}
			};
			const relay = await startMailCatcher(fastFolder);
			try {
				const first = await startKillableServer(databaseUrl, {
					...environment,
					SMTP_URL: slowRelay.url
				});
				const stamp = Date.now();
				const recipients = Array.from(
					{ length: 12 },
					(_, index) => `restart-${stamp}-${index}@jobs.example`
				);
				const answers = await Promise.all(
					recipients.map((email, index) => register(first.origin, email, `198.51.100.${index + 1}`))
				);
				expect(answers.map((answer) => answer.status)).toEqual(recipients.map(() => 200));

				// Kill the server mid-send: some emails delivered, some being sent, the rest waiting.
				const deadline = Date.now() + 15_000;
				while ((await recipientsIn(slowFolder)).length === 0 || emailJobs('running') === 0) {
					if (Date.now() > deadline) throw new Error('Sending never got under way');
					await sleep(20);
				}
				await first.kill();
				const beforeKill = await recipientsIn(slowFolder);
				expect(beforeKill.length).toBeGreaterThan(0);
				expect(beforeKill.length).toBeLessThan(recipients.length);
				expect(emailJobs('running')).toBeGreaterThan(0);
				expect(emailJobs('queued')).toBeGreaterThan(0);

				const second = await startServer(databaseUrl, { ...environment, SMTP_URL: relay.url });
				try {
					const all = async () => [
						...(await recipientsIn(slowFolder)),
						...(await recipientsIn(fastFolder))
					];
					const until = Date.now() + 30_000;
					for (;;) {
						const delivered = await all();
						if (recipients.every((email) => delivered.includes(email))) break;
						if (Date.now() > until) break;
						await sleep(100);
					}
					// Time for a duplicate, if there were one, to arrive too.
					await sleep(1_500);
					const delivered = (await all()).filter((email) => recipients.includes(email));
					const perRecipient = recipients.map(
						(email) => delivered.filter((address) => address === email).length
					);
					expect(perRecipient).toEqual(recipients.map(() => 1));
				} finally {
					await second.stop();
				}
			} finally {
				await slowRelay.stop();
				await relay.stop();
				rmSync(folder, { recursive: true, force: true });
			}
		}
	);
});
