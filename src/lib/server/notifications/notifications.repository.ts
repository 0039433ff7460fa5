import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../db/database.ts';
import { countRows, type Paging } from '../db/paging.ts';

/**
 * The SQL of in-app notifications: writing a fan-out's rows, a person's list and unread count,
 * and marking them read. Digests have their own repository (digests.repository.ts).
 */

type Db = Kysely<Database>;

/** Rows per insert: 15 columns each stays far below both dialects' parameter limits. */
const BATCH = 200;

/** Whether a fan-out with this key already wrote its notifications (a retried job). */
export async function hasEventNotifications(db: Db, eventKey: string): Promise<boolean> {
	const row = await db
		.selectFrom('notifications')
		.select('id')
		.where('event_key', '=', eventKey)
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}

/** Inserts notifications and answers each one's id with its recipient. */
export async function insertNotifications(
	db: Db,
	rows: NewRow<'notifications'>[]
): Promise<{ id: number; user_id: number }[]> {
	const inserted: { id: number; user_id: number }[] = [];
	for (let start = 0; start < rows.length; start += BATCH) {
		inserted.push(
			...(await db
				.insertInto('notifications')
				.values(rows.slice(start, start + BATCH))
				.returning(['id', 'user_id'])
				.execute())
		);
	}
	return inserted;
}

/** Records that these notifications went out by email (immediately). */
export async function markNotificationsEmailed(db: Db, ids: number[], at: string): Promise<void> {
	for (let start = 0; start < ids.length; start += BATCH) {
		await db
			.updateTable('notifications')
			.set({ emailed_at: at })
			.where('id', 'in', ids.slice(start, start + BATCH))
			.execute();
	}
}

/**
 * How many notifications a person has not read, counting no further than `cap` (the bell
 * shows "99+"), from the `(user_id, read_at, created_at)` index alone.
 */
export async function countUnread(db: Db, userId: number, cap: number): Promise<number> {
	const row = await db
		.selectFrom((eb) =>
			eb
				.selectFrom('notifications')
				.select('id')
				.where('user_id', '=', userId)
				.where('read_at', 'is', null)
				.limit(cap)
				.as('unread')
		)
		.select((eb) => eb.fn.countAll().as('total'))
		.executeTakeFirstOrThrow();
	return Number(row.total);
}

export type NotificationRow = Row<'notifications'> & {
	actor_name: string | null;
	cluster_name: string | null;
};

function withNames(db: Db) {
	return db
		.selectFrom('notifications as n')
		.leftJoin('users as a', 'a.id', 'n.actor_user_id')
		.leftJoin('clusters as c', 'c.id', 'n.cluster_id')
		.selectAll('n')
		.select(['a.display_name as actor_name', 'c.name as cluster_name']);
}

/** One page of a person's notifications, newest first, and how many they have in all. */
export async function findNotificationsPage(
	db: Db,
	userId: number,
	paging: Paging
): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
	const [rows, total, unread] = await Promise.all([
		withNames(db)
			.where('n.user_id', '=', userId)
			.orderBy('n.created_at', 'desc')
			.orderBy('n.id', 'desc')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		countRows(db.selectFrom('notifications').select('id').where('user_id', '=', userId)),
		countRows(
			db
				.selectFrom('notifications')
				.select('id')
				.where('user_id', '=', userId)
				.where('read_at', 'is', null)
		)
	]);
	return { rows, total, unread };
}

/** Notifications by id with their actor's and cluster's names, newest first. */
export async function findNotificationsByIds(db: Db, ids: number[]): Promise<NotificationRow[]> {
	const rows: NotificationRow[] = [];
	for (let start = 0; start < ids.length; start += BATCH) {
		rows.push(
			...(await withNames(db)
				.where('n.id', 'in', ids.slice(start, start + BATCH))
				.execute())
		);
	}
	return rows.sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
}

/** A person's own notification; undefined for anyone else's, or none. */
export async function findOwnNotification(
	db: Db,
	userId: number,
	id: number
): Promise<Row<'notifications'> | undefined> {
	return db
		.selectFrom('notifications')
		.selectAll()
		.where('id', '=', id)
		.where('user_id', '=', userId)
		.executeTakeFirst();
}

/** Marks one of a person's notifications read (once: a second time keeps the first instant). */
export async function markNotificationRead(
	db: Db,
	userId: number,
	id: number,
	at: string
): Promise<void> {
	await db
		.updateTable('notifications')
		.set({ read_at: at })
		.where('id', '=', id)
		.where('user_id', '=', userId)
		.where('read_at', 'is', null)
		.execute();
}

/** Marks every unread notification of a person read; answers how many. */
export async function markAllNotificationsRead(
	db: Db,
	userId: number,
	at: string
): Promise<number> {
	const result = await db
		.updateTable('notifications')
		.set({ read_at: at })
		.where('user_id', '=', userId)
		.where('read_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}
