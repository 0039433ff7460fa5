import type { NotificationDelivery } from '../db/database.ts';

/**
 * Every kind of notification, with the delivery a person gets until they choose otherwise in
 * /account. Labels are messages `notifications.kind.<kind>`.
 */
export const NOTIFICATION_KINDS = {
	/** A reply in a thread the person follows (they follow threads they start or reply to). */
	'discussion.reply': 'immediate',
	/** A new thread in a cluster the person follows. */
	'discussion.thread': 'daily',
	/** Someone wrote @their-handle in a post. */
	'discussion.mention': 'immediate',
	/** A coordinator posted an announcement in a cluster the person belongs to or follows. */
	'cluster.announcement': 'immediate',
	/** To coordinators: an organization asks to join. */
	'cluster.membership-requested': 'immediate',
	/** To the people of the organization that asked: approved or declined. */
	'cluster.membership-decided': 'immediate',
	/** To coordinators: a post was reported, or a first post with links waits for review. */
	'moderation.review': 'immediate'
} as const satisfies Record<string, NotificationDelivery>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const NOTIFICATION_DELIVERIES = ['immediate', 'daily', 'weekly', 'off'] as const;

export function isNotificationKind(value: string): value is NotificationKind {
	return Object.hasOwn(NOTIFICATION_KINDS, value);
}

/** The delivery a person gets for a kind until they choose another. */
export function defaultDelivery(kind: NotificationKind): NotificationDelivery {
	return NOTIFICATION_KINDS[kind];
}
