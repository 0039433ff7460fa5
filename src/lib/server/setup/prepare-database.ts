import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { system } from '../identity/actor.ts';
import { loadReferenceData } from '../reference/reference.service.ts';
import { seedDemo } from '../demo/demo.service.ts';

/**
 * What every start does: migrate, load the reference data once, and, when asked and the platform
 * is empty, fill it with the demo data. Each step is idempotent.
 */
export async function prepareDatabase(
	db: Kysely<Database>,
	options: { demo: boolean; dataDirectory: string }
): Promise<void> {
	await migrateToLatest(db);
	await loadReferenceData(db, options.dataDirectory);
	if (options.demo) await seedDemo({ db, actor: system, dataDirectory: options.dataDirectory });
}
