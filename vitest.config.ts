import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure rules, no I/O), `db` (repositories and services on SQLite and
 * PostgreSQL) and `e2e` (the built server driven by headless Chromium). They share no state.
 */
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'bin/**/*.test.ts'],
					exclude: ['src/**/*.db.test.ts'],
					environment: 'node'
				}
			},
			{
				test: {
					name: 'db',
					include: ['src/**/*.db.test.ts'],
					globalSetup: ['./test/db-global-setup.ts'],
					environment: 'node',
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				test: {
					name: 'e2e',
					include: ['e2e/**/*.test.ts'],
					globalSetup: ['./e2e/global-setup.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			}
		]
	}
});
