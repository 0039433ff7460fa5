import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../bin/galaxy.js');
const folder = mkdtempSync(join(tmpdir(), 'galaxy-jobs-cli-'));
const file = join(folder, 'jobs.db');
const env = { ...process.env, DATABASE_URL: `sqlite:${file}` };

function galaxy(args: string[]) {
	const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
	return { status: result.status, out: result.stdout, err: result.stderr };
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Each command is a new Node process that loads the job definitions through Vite: seconds each.
describe('the jobs commands', { timeout: 60_000 }, () => {
	it('queues one run of a job for the server, checking the job and its payload', () => {
		const unknown = galaxy(['jobs:run', 'digests.never']);
		expect(unknown.status).toBe(1);
		expect(unknown.err).toContain('jobId: is not a job of the platform (mail.send');

		const queued = galaxy([
			'jobs:run',
			'mail.send',
			'--payload',
			'{"to":"focal@koidu.example","subject":"Welcome","text":"Hello"}'
		]);
		expect(queued.err).toBe('');
		expect(queued.out).toMatch(/^Queued mail\.send \(job [0-9a-f-]{36}\)/);

		const database = new SQLite(file, { readonly: true });
		const rows = database
			.prepare("select name, state, payload from jobs where name = 'mail.send'")
			.all();
		database.close();
		expect(rows).toEqual([
			{
				name: 'mail.send',
				state: 'queued',
				payload: JSON.stringify({ to: 'focal@koidu.example', subject: 'Welcome', text: 'Hello' })
			}
		]);
	});

	it('lists the dead jobs with their summary and error, never their payload', () => {
		const at = new Date().toISOString();
		const database = new SQLite(file);
		database
			.prepare(
				`insert into jobs (id, name, payload, state, attempts, max_attempts, run_at, last_error,
					created_at, updated_at, finished_at)
				values ('dead-1', 'mail.send', ?, 'failed', 9, 9, ?, 'Error: 550 mailbox unavailable', ?, ?, ?)`
			)
			.run(
				JSON.stringify({ to: 'gone@koidu.example', subject: 'Reset', text: 'secret-token-42' }),
				at,
				at,
				at,
				at
			);
		database.close();
		const listed = galaxy(['jobs:failed']);
		expect(listed.status).toBe(0);
		expect(listed.out).toContain('1 waiting, 0 running, 1 failed.');
		expect(listed.out).toContain('mail.send  9 attempts  (dead-1)');
		expect(listed.out).toContain('gone@koidu.example · Reset');
		expect(listed.out).toContain('Error: 550 mailbox unavailable');
		expect(listed.out).not.toContain('secret-token-42');
	});
});
