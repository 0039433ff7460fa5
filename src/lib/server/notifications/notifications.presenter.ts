import { formatDateTime } from '../../i18n/format.ts';
import type { NotificationDelivery } from '../db/database.ts';
import type { NotificationRow } from './notifications.repository.ts';
import { NOTIFICATION_DELIVERIES, type NotificationKind } from './notification-kinds.ts';

/** The public shapes of notifications: an item of the list, and the email choices. */

export interface NotificationItem {
	id: number;
	kind: string;
	/** The message saying what happened: `t(sentenceKey, { actor, title })`. */
	sentenceKey: string;
	/** Null when the actor's account is gone, or nobody in particular acted ("someone"). */
	actor: string | null;
	title: string;
	excerpt: string | null;
	cluster: string | null;
	/** Opens the notification: marks it read and goes on to what it is about. */
	href: string;
	unread: boolean;
	createdAt: string;
	/** "3 hours ago", in the reader's language. */
	createdAgo: string;
	/** The full date and time (UTC), in the reader's language. */
	createdAtText: string;
}

/** The messages of a notification kind (`notifications.kind.*`, `notifications.event.*`). */
export const kindLabelKey = (kind: string) => `notifications.kind.${kind}`;
export const eventKey = (kind: string) => `notifications.event.${kind}`;
export const deliveryLabelKey = (delivery: string) => `notifications.delivery.${delivery}`;

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 365 * 24 * 3600],
	['month', 30 * 24 * 3600],
	['week', 7 * 24 * 3600],
	['day', 24 * 3600],
	['hour', 3600],
	['minute', 60]
];

/** How long ago an instant was, in words of the reader's language ("yesterday", "5 min ago"). */
export function timeAgo(iso: string, now: Date, locale: string): string {
	const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
	const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
	for (const [unit, size] of UNITS) {
		if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
	}
	return format.format(0, 'second');
}

export function presentNotification(
	row: NotificationRow,
	locale: string,
	now: Date
): NotificationItem {
	return {
		id: row.id,
		kind: row.kind,
		sentenceKey: eventKey(row.kind),
		actor: row.actor_name,
		title: row.title,
		excerpt: row.excerpt,
		cluster: row.cluster_name,
		href: `/notifications/${row.id}`,
		unread: row.read_at === null,
		createdAt: row.created_at,
		createdAgo: timeAgo(row.created_at, now, locale),
		createdAtText: formatDateTime(row.created_at, locale, 'UTC')
	};
}

/** One row of the email choices: a kind, its label, what is chosen, and the choices. */
export interface PreferenceRow {
	kind: NotificationKind;
	labelKey: string;
	delivery: NotificationDelivery;
	isDefault: boolean;
	options: { delivery: NotificationDelivery; labelKey: string }[];
}

export function presentPreference(
	kind: NotificationKind,
	delivery: NotificationDelivery,
	defaultDelivery: NotificationDelivery
): PreferenceRow {
	return {
		kind,
		labelKey: kindLabelKey(kind),
		delivery,
		isDefault: delivery === defaultDelivery,
		options: NOTIFICATION_DELIVERIES.map((option) => ({
			delivery: option,
			labelKey: deliveryLabelKey(option)
		}))
	};
}
