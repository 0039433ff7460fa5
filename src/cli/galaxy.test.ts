import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../bin/galaxy.js');
const folder = mkdtempSync(join(tmpdir(), 'galaxy-cli-'));
const env = { ...process.env, DATABASE_URL: `sqlite:${join(folder, 'cli.db')}` };

function galaxy(args: string[], input?: string) {
	const result = spawnSync(process.execPath, [bin, ...args], { env, input, encoding: 'utf8' });
	return { status: result.status, out: result.stdout, err: result.stderr };
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Each test starts the command in a new Node process (TypeScript loaded from source), and
// seeding builds the search index: seconds, not milliseconds, on a busy 2-core machine.
describe('the galaxy command', { timeout: 60_000 }, () => {
	it('migrates and loads the reference data once', () => {
		const first = galaxy(['migrate']);
		expect(first.status).toBe(0);
		expect(first.out).toContain('applied 0001-initial-schema');
		expect(first.out).toContain('applied 0002-identity-security');
		expect(first.out).toContain('Loaded the reference data');
		const again = galaxy(['migrate']);
		expect(again.out).toContain('The schema is up to date.');
		expect(again.out).not.toContain('Loaded the reference data');
	});

	it('loads the demo data into an empty platform only', () => {
		expect(galaxy(['seed', '--demo']).out).toMatch(
			/Demo data loaded: \d+ organizations, 200 solutions/
		);
		expect(galaxy(['seed', '--demo']).out).toContain('already has data');
		expect(galaxy(['seed']).status).toBe(2);
	});

	it('creates the first admin with a generated password shown once', () => {
		const created = galaxy(['user:create', '--email', 'Admin@Galaxy.example', '--role', 'admin']);
		expect(created.status).toBe(0);
		expect(created.out).toContain('Created admin admin@galaxy.example');
		expect(created.out).toMatch(/Password \(shown once.*\): \S{24}/);
	});

	it('reads a password from standard input and explains what is wrong with bad input', () => {
		const ok = galaxy(
			['user:create', '--email', 'curator@galaxy.example', '--role', 'curator', '--password-stdin'],
			'a long curator passphrase\n'
		);
		expect(ok.status).toBe(0);
		expect(ok.out).not.toContain('Password');
		const duplicate = galaxy(['user:create', '--email', 'admin@galaxy.example', '--role', 'admin']);
		expect(duplicate.status).toBe(1);
		expect(duplicate.err).toContain('already exists');
		const bad = galaxy(['user:create', '--email', 'nobody', '--role', 'king']);
		expect(bad.status).toBe(1);
		expect(bad.err).toMatch(/email: must be an email address/);
		expect(bad.err).toMatch(/role: must be member, curator or admin/);
	});

	it('rebuilds the search index on demand', () => {
		const result = galaxy(['search:reindex']);
		expect(result.status).toBe(0);
		expect(result.out).toMatch(/^Indexed \d+ records for search in [\d.]+ s\.$/m);
	});

	it('answers unknown commands and options with usage', () => {
		expect(galaxy(['fly']).status).toBe(2);
		expect(galaxy(['fly']).err).toContain('Usage: galaxy');
		const option = galaxy(['migrate', '--nope']);
		expect(option.status).toBe(1);
		expect(option.err).toContain("Unknown option '--nope'");
		expect(galaxy(['user:create', '--nope']).err).toContain('Usage: galaxy');
	});
});
