import type { Kysely } from 'kysely';
import type { Database, NotificationDelivery } from '../db/database.ts';

/**
 * The SQL of email preferences: one row per person and kind they chose for (no row: the kind's
 * default), and re-filing the notifications still waiting for a digest when a choice changes.
 */

type Db = Kysely<Database>;

const BATCH = 500;

/** A person's chosen deliveries, by kind. */
export async function findPreferences(
	db: Db,
	userId: number
): Promise<Map<string, NotificationDelivery>> {
	const rows = await db
		.selectFrom('notification_preferences')
		.select(['kind', 'delivery'])
		.where('user_id', '=', userId)
		.execute();
	return new Map(rows.map((row) => [row.kind, row.delivery]));
}

/** What each of these people chose for one kind (those without a choice are left out). */
export async function findPreferencesForKind(
	db: Db,
	userIds: number[],
	kind: string
): Promise<Map<number, NotificationDelivery>> {
	const choices = new Map<number, NotificationDelivery>();
	for (let start = 0; start < userIds.length; start += BATCH) {
		const rows = await db
			.selectFrom('notification_preferences')
			.select(['user_id', 'delivery'])
			.where('kind', '=', kind)
			.where('user_id', 'in', userIds.slice(start, start + BATCH))
			.execute();
		for (const row of rows) choices.set(row.user_id, row.delivery);
	}
	return choices;
}

/** Stores a person's choice for each given kind. */
export async function upsertPreferences(
	db: Db,
	userId: number,
	choices: { kind: string; delivery: NotificationDelivery }[]
): Promise<void> {
	if (choices.length === 0) return;
	await db
		.insertInto('notification_preferences')
		.values(choices.map((choice) => ({ user_id: userId, ...choice })))
		.onConflict((conflict) =>
			conflict
				.columns(['user_id', 'kind'])
				.doUpdateSet((eb) => ({ delivery: eb.ref('excluded.delivery') }))
		)
		.execute();
}

/**
 * Moves a kind's notifications that wait for a digest to another delivery: the other digest,
 * or none (`off`). Notifications that were never to be emailed stay so.
 */
export async function refilePendingDigestItems(
	db: Db,
	userId: number,
	kind: string,
	delivery: 'daily' | 'weekly' | 'off'
): Promise<void> {
	await db
		.updateTable('notifications')
		.set({ delivery })
		.where('user_id', '=', userId)
		.where('kind', '=', kind)
		.where('emailed_at', 'is', null)
		.where('delivery', 'in', ['daily', 'weekly'])
		.execute();
}
