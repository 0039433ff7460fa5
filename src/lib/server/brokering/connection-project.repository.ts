import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

/** The connection's side of making a pilot project from it. */

type Db = Kysely<Database>;

/**
 * Marks a pilot-launched connection as updated, inside the transaction that creates its project.
 * The row lock this takes on PostgreSQL makes a second, simultaneous creation wait for the first
 * to commit, and then see its project (SQLite runs one write transaction at a time anyway).
 * False when the connection is no longer at that stage.
 */
export async function claimPilotConnection(db: Db, id: number, now: string): Promise<boolean> {
	const result = await db
		.updateTable('connections')
		.set({ updated_at: now })
		.where('id', '=', id)
		.where('stage', '=', 'pilot-launched')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Organizations based in a city, first found first (who may run a peer city's side). */
export async function findFirstOrganizationInCity(db: Db, cityId: number) {
	return db
		.selectFrom('organizations')
		.select(['id', 'slug', 'name'])
		.where('city_id', '=', cityId)
		.orderBy('id')
		.executeTakeFirst();
}
