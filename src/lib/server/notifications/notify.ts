import { z } from 'zod';
import { defineJob, type JobQueue } from '../jobs/job.ts';
import { fanOut } from './fan-out.ts';
import type { NotificationEvent, Notify } from './notification-events.ts';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification-kinds.ts';

const id = z.number().int().positive();

export const notificationEventSchema = z.object({
	kind: z.enum(Object.keys(NOTIFICATION_KINDS) as [NotificationKind, ...NotificationKind[]]),
	actorUserId: id.nullable(),
	clusterId: id.nullable(),
	subject: z.object({
		kind: z.enum(['thread', 'post', 'cluster', 'membership', 'report']),
		id
	}),
	title: z.string().min(1).max(300),
	excerpt: z.string().max(1_000).optional(),
	link: z.string().startsWith('/'),
	audience: z.object({
		userIds: z.array(id).optional(),
		followersOf: z.array(z.object({ kind: z.enum(['cluster', 'thread']), id })).optional(),
		coordinatorsOf: id.optional(),
		exceptUserIds: z.array(id).optional()
	})
}) satisfies z.ZodType<NotificationEvent>;

/** Turns one event into notifications for its audience, and their immediate emails. */
export const fanOutNotifications = defineJob({
	id: 'notifications.fan-out',
	payload: notificationEventSchema,
	summary: (event) => `${event.kind} about ${event.subject.kind} ${event.subject.id}`,
	handler: async (event, services, run) => {
		await fanOut(services, event, run.jobId);
	}
});

/**
 * The `notify` of a process: queues the fan-out in the caller's transaction, so the event
 * exists exactly when the change that caused it does.
 */
export function notifierFor(queue: JobQueue): Notify {
	return async (db, event) => {
		await queue.enqueue(db, fanOutNotifications, event);
	};
}
