import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { toPaging } from '../db/paging.ts';
import { notFound } from '../http/errors.ts';
import { parseInput, type Page } from '../http/query.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import { safeNext } from '../http/safe-redirect.ts';
import { notificationOwner } from './notifications.policy.ts';
import { presentNotification, type NotificationItem } from './notifications.presenter.ts';
import {
	countUnread,
	findNotificationsPage,
	findOwnNotification,
	markAllNotificationsRead,
	markNotificationRead
} from './notifications.repository.ts';
import {
	NOTIFICATION_PAGE_SIZE,
	notificationIdSchema,
	notificationListQuerySchema,
	UNREAD_CAP,
	type NotificationListQuery
} from './notifications.schema.ts';

/**
 * A person's notifications in the app: the bell's count, the list, and marking them read. Each
 * use-case asks the policy first; another person's notification is not found.
 */

/** What the writing use-cases need besides the reader: the per-account write budget. */
export interface NotificationsContext extends ReadContext {
	/** Spends one point per write, per account (429 when the account writes too fast). */
	limiter: Pick<RateLimiter, 'enforce'>;
	/** The clock (tests set it). */
	now?: Date;
}

/**
 * How many notifications a person has not read, counted up to 100: anything above 99 shows as
 * "99+". One indexed count, cheap enough for every page.
 */
export async function unreadCount(db: Kysely<Database>, userId: number): Promise<number> {
	return countUnread(db, userId, UNREAD_CAP + 1);
}

export interface NotificationPage extends Page<NotificationItem> {
	unread: number;
}

/**
 * One page of the reader's notifications, newest first, with how many are unread.
 * @example await listNotifications({ db, actor, locale: 'fr' }, { page: 2 })
 */
export async function listNotifications(
	context: ReadContext & { now?: Date },
	query: NotificationListQuery
): Promise<NotificationPage> {
	const userId = notificationOwner(context.actor);
	const { page } = parseInput(notificationListQuerySchema, query);
	const { rows, total, unread } = await findNotificationsPage(
		context.db,
		userId,
		toPaging(page, NOTIFICATION_PAGE_SIZE)
	);
	const now = context.now ?? new Date();
	return {
		data: rows.map((row) => presentNotification(row, context.locale, now)),
		page,
		pageSize: NOTIFICATION_PAGE_SIZE,
		total,
		unread
	};
}

async function ownNotification(context: ReadContext, id: unknown) {
	const userId = notificationOwner(context.actor);
	const checkedId = parseInput(notificationIdSchema, id);
	const row = await findOwnNotification(context.db, userId, checkedId);
	if (!row) throw notFound('notification');
	return row;
}

/** Marks one of the reader's notifications read; anyone else's is not found. */
export async function markRead(context: NotificationsContext, id: unknown): Promise<void> {
	const row = await ownNotification(context, id);
	await context.limiter.enforce(`notifications-write:${row.user_id}`);
	await markNotificationRead(
		context.db,
		row.user_id,
		row.id,
		(context.now ?? new Date()).toISOString()
	);
}

/** Marks all the reader's notifications read; answers how many were unread. */
export async function markAllRead(context: NotificationsContext): Promise<number> {
	const userId = notificationOwner(context.actor);
	await context.limiter.enforce(`notifications-write:${userId}`);
	return markAllNotificationsRead(context.db, userId, (context.now ?? new Date()).toISOString());
}

/**
 * Opens one of the reader's notifications: marks it read and answers where it points, a path on
 * this site (a stored link that is not one falls back to the list).
 */
export async function openNotification(
	context: ReadContext & { now?: Date },
	id: unknown
): Promise<string> {
	const row = await ownNotification(context, id);
	await markNotificationRead(
		context.db,
		row.user_id,
		row.id,
		(context.now ?? new Date()).toISOString()
	);
	return safeNext(row.link, '/notifications');
}
