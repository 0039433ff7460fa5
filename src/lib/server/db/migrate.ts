import type { Kysely } from 'kysely';
import { Migrator, type MigrationResult } from 'kysely/migration';
import type { Database } from './database.ts';
import { migrations } from './migrations/index.ts';

export class MigrationError extends Error {}

/**
 * Brings the schema to the latest migration. Safe to call on every start and from several app
 * servers at once: Kysely takes a lock (an advisory lock on PostgreSQL) around the run.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResult[]> {
	const migrator = new Migrator({
		db,
		provider: { getMigrations: async () => migrations }
	});
	const { error, results = [] } = await migrator.migrateToLatest();
	if (error) {
		const failed = results.find((result) => result.status === 'Error');
		throw new MigrationError(
			`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${error instanceof Error ? error.message : String(error)}`,
			{ cause: error }
		);
	}
	return results;
}
