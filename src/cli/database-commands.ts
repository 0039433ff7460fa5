import type { Config } from '../lib/server/config/config.ts';
import { dataDirectory } from '../lib/server/config/paths.ts';
import { openDatabase } from '../lib/server/db/connection.ts';
import { migrateToLatest } from '../lib/server/db/migrate.ts';
import { seedDemo } from '../lib/server/demo/demo.service.ts';
import { system } from '../lib/server/identity/actor.ts';
import { loadReferenceData } from '../lib/server/reference/reference.service.ts';
import { rebuildSearchIndex } from '../lib/server/search/index-writer.ts';
import { describeDatabase } from './describe-database.ts';

export async function runMigrate(config: Config): Promise<void> {
	const { db, close } = openDatabase(config.databaseUrl);
	try {
		const results = await migrateToLatest(db);
		for (const result of results) console.log(`applied ${result.migrationName}`);
		if (results.length === 0) console.log('The schema is up to date.');
		if (await loadReferenceData(db, dataDirectory())) {
			console.log('Loaded the reference data (countries, SDGs, sectors).');
		}
		console.log(`Database: ${describeDatabase(config.databaseUrl)}`);
	} finally {
		await close();
	}
}

export async function runSeed(config: Config): Promise<void> {
	const { db, close } = openDatabase(config.databaseUrl);
	try {
		await migrateToLatest(db);
		await loadReferenceData(db, dataDirectory());
		const summary = await seedDemo({ db, actor: system, dataDirectory: dataDirectory() });
		console.log(
			summary.seeded
				? `Demo data loaded: ${summary.organizations} organizations, ${summary.solutions} solutions, the October 2022 webinar.`
				: 'The platform already has data; the demo data is only loaded into an empty platform.'
		);
	} finally {
		await close();
	}
}

/** Rebuilds the search index from the records (after a restore or an analyzer change). */
export async function runReindex(config: Config): Promise<void> {
	const { db, close } = openDatabase(config.databaseUrl);
	try {
		await migrateToLatest(db);
		const started = performance.now();
		const { documents } = await rebuildSearchIndex(db);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		console.log(`Indexed ${documents} records for search in ${seconds} s.`);
	} finally {
		await close();
	}
}
