import { z } from 'zod';
import type { NotificationDelivery } from '../db/database.ts';
import {
	isNotificationKind,
	NOTIFICATION_DELIVERIES,
	type NotificationKind
} from './notification-kinds.ts';

const deliverySchema = z.enum(NOTIFICATION_DELIVERIES);

export type PreferencesInput = Partial<Record<NotificationKind, NotificationDelivery>>;

/**
 * Email choices as a form sends them: one field per kind (`discussion.reply=daily`); kinds left
 * out keep their choice. A field that names no kind, or a value that is no delivery, is refused
 * by the field's name.
 * @example parseInput(preferencesInputSchema, { 'discussion.reply': 'daily' })
 */
export const preferencesInputSchema = z
	.record(z.string(), z.unknown())
	.superRefine((input, context) => {
		for (const [field, value] of Object.entries(input)) {
			if (!isNotificationKind(field)) {
				context.addIssue({
					code: 'custom',
					path: [field],
					message: 'is not a kind of notification'
				});
			} else if (!deliverySchema.safeParse(value).success) {
				context.addIssue({
					code: 'custom',
					path: [field],
					message: `must be one of ${NOTIFICATION_DELIVERIES.join(', ')}`
				});
			}
		}
	})
	.transform((input) => input as PreferencesInput);
