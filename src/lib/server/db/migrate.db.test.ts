import { Migrator, NO_MIGRATIONS } from 'kysely/migration';
import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { migrateToLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';

describeOnDialects('migrations', 'empty', (db) => {
	it('are already applied and re-running them changes nothing', async () => {
		expect(await migrateToLatest(db())).toEqual([]);
	});

	it('roll all the way down and up again', async () => {
		const migrator = new Migrator({
			db: db(),
			provider: { getMigrations: async () => migrations }
		});
		const down = await migrator.migrateTo(NO_MIGRATIONS);
		expect(down.error).toBeUndefined();
		const tables = await db().introspection.getTables();
		expect(tables.map((table) => table.name).filter((name) => !name.startsWith('kysely_'))).toEqual(
			[]
		);
		const up = await migrateToLatest(db());
		expect(up.map((result) => result.status)).toEqual(Object.keys(migrations).map(() => 'Success'));
	});
});
