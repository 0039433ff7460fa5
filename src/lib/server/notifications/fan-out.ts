import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, NewRow } from '../db/database.ts';
import type { JobServices } from '../jobs/job.ts';
import { sendEmail } from '../mail/mail-jobs.ts';
import {
	findClusterName,
	findClusterPeople,
	findDisplayName,
	findFollowers,
	findRecipients
} from './audience.repository.ts';
import { notificationEmail } from './notification-email.ts';
import type { NotificationEvent } from './notification-events.ts';
import {
	hasEventNotifications,
	insertNotifications,
	markNotificationsEmailed
} from './notifications.repository.ts';
import { deliveriesFor } from './preferences.service.ts';
import { issueUnsubscribeLink } from './unsubscribe.service.ts';

/**
 * Who hears of an event, resolved now: the people it names, the followers of its threads and
 * clusters, a cluster's coordinators, and for an announcement every person of the cluster's
 * member organizations. Each person once; never the actor nor those the event leaves out. Cluster content is public, so
 * nobody in the audience is refused the target.
 */
export async function resolveAudience(
	db: Kysely<Database>,
	event: NotificationEvent
): Promise<number[]> {
	const { audience } = event;
	const ids = [
		...(audience.userIds ?? []),
		...(await findFollowers(db, audience.followersOf ?? [])),
		...(audience.coordinatorsOf === undefined
			? []
			: await findClusterPeople(db, audience.coordinatorsOf, 'coordinators')),
		...(event.kind === 'cluster.announcement' && event.clusterId !== null
			? await findClusterPeople(db, event.clusterId, 'members')
			: [])
	];
	const left = new Set([event.actorUserId, ...(audience.exceptUserIds ?? [])]);
	return [...new Set(ids)].filter((id) => !left.has(id)).sort((a, b) => a - b);
}

/** The same job (every try of it) and the same event give the same key; anything else not. */
export function eventKeyOf(jobId: string, event: NotificationEvent): string {
	return createHash('sha256')
		.update(`${jobId}\n${JSON.stringify(event)}`)
		.digest('hex');
}

/**
 * Turns one event into a notification for each person of its audience, with the delivery they
 * chose for its kind, and queues an email for each who chose `immediate` (and confirmed their
 * address). All of it in one transaction keyed by the job: a retry after a crash finds the
 * earlier work committed, or none of it, and never notifies twice. Answers how many people
 * were notified by this run.
 */
export async function fanOut(
	services: JobServices,
	event: NotificationEvent,
	jobId: string
): Promise<number> {
	const eventKey = eventKeyOf(jobId, event);
	return services.db.transaction().execute(async (trx) => {
		if (await hasEventNotifications(trx, eventKey)) return 0;
		const recipients = await findRecipients(trx, await resolveAudience(trx, event));
		if (recipients.length === 0) return 0;
		const deliveries = await deliveriesFor(
			trx,
			recipients.map((recipient) => recipient.id),
			event.kind
		);
		const now = services.now();
		const createdAt = now.toISOString();
		const rows: NewRow<'notifications'>[] = recipients.map((recipient) => ({
			user_id: recipient.id,
			kind: event.kind,
			actor_user_id: event.actorUserId,
			cluster_id: event.clusterId,
			subject_kind: event.subject.kind,
			subject_id: event.subject.id,
			title: event.title,
			excerpt: event.excerpt ?? null,
			link: event.link,
			delivery: deliveries.get(recipient.id) ?? 'off',
			created_at: createdAt,
			event_key: eventKey
		}));
		const inserted = new Map(
			(await insertNotifications(trx, rows)).map((row) => [row.user_id, row.id])
		);

		const emailed = recipients.filter(
			(recipient) => recipient.verified && deliveries.get(recipient.id) === 'immediate'
		);
		if (emailed.length > 0) {
			const actor = await findDisplayName(trx, event.actorUserId);
			const cluster = await findClusterName(trx, event.clusterId);
			for (const recipient of emailed) {
				const id = inserted.get(recipient.id)!;
				const unsubscribeLink = await issueUnsubscribeLink(trx, {
					userId: recipient.id,
					kind: event.kind,
					origin: services.origin,
					now
				});
				const message = notificationEmail(
					recipient,
					{
						id,
						kind: event.kind,
						title: event.title,
						excerpt: event.excerpt ?? null,
						actor,
						cluster
					},
					{ origin: services.origin, unsubscribeLink }
				);
				await services.queue.enqueue(trx, sendEmail, message);
			}
			await markNotificationsEmailed(
				trx,
				emailed.map((recipient) => inserted.get(recipient.id)!),
				createdAt
			);
		}
		return recipients.length;
	});
}
