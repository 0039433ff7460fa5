/**
 * Which back-ends the tests must use. Locally a missing PostgreSQL or Chromium only skips those
 * tests, with a loud message; in CI (CI=true) they are mandatory and their absence fails the run.
 */
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

export const TEST_DATABASE_URL =
	process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function requestedDialects(): ('sqlite' | 'postgres')[] {
	const raw = process.env.TEST_DIALECTS ?? 'sqlite,postgres';
	return raw
		.split(',')
		.map((value) => value.trim())
		.filter((value): value is 'sqlite' | 'postgres' => value === 'sqlite' || value === 'postgres');
}

export function loudSkip(message: string): void {
	const line = '!'.repeat(78);
	console.warn(`\n${line}\n!! SKIPPED: ${message}\n!! (CI=true makes this a failure.)\n${line}\n`);
}
