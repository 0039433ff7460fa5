import { z } from 'zod';
import { pageSchema } from '../http/query.ts';

/** A page of the notifications list (`/notifications?page=2`). */
export const notificationListQuerySchema = z.object({ page: pageSchema });

export type NotificationListQuery = z.input<typeof notificationListQuerySchema>;

/** A notification's id, from an address or a form. */
export const notificationIdSchema = z.coerce
	.number({ error: 'must be a whole number' })
	.int('must be a whole number')
	.min(1, 'must be 1 or more')
	.max(2_147_483_647, 'is too large');

/** Notifications per page of the list. */
export const NOTIFICATION_PAGE_SIZE = 20;

/** The bell counts no further: past this it shows "99+". */
export const UNREAD_CAP = 99;
