import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const GALAXY = resolve(import.meta.dirname, '../../bin/galaxy.js');

/** Runs a `galaxy` command against a database, as an operator would; throws when it fails. */
export function runGalaxy(databaseUrl: string, args: string[], input?: string): string {
	const result = spawnSync(process.execPath, [GALAXY, ...args], {
		env: { ...process.env, DATABASE_URL: databaseUrl },
		input,
		encoding: 'utf8'
	});
	if (result.status !== 0) {
		throw new Error(`galaxy ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
	}
	return result.stdout;
}

/** Creates a confirmed account with a password, through `galaxy user:create`. */
export function createUser(
	databaseUrl: string,
	account: { email: string; name: string; role: 'member' | 'curator' | 'admin'; password: string }
): void {
	runGalaxy(
		databaseUrl,
		[
			'user:create',
			'--email',
			account.email,
			'--role',
			account.role,
			'--name',
			account.name,
			'--password-stdin'
		],
		account.password
	);
}
