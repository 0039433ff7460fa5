import { z } from 'zod';
import { defineJob, type JobServices } from '../jobs/job.ts';
import { sendEmail } from '../mail/mail-jobs.ts';
import { registrationEmail } from './registration-emails.ts';
import {
	claimReminders,
	findDueReminderIds,
	findEventsByIds,
	findRecipients
} from './registrations.repository.ts';

/** How long before an event its registered people are reminded. */
export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;

/** Registrations claimed and emailed per transaction. */
const BATCH = 100;

/**
 * Reminds everyone with a place at a scheduled event starting within the next 24 hours, once:
 * each batch is claimed (`reminded_at` set where it was still empty) and its emails queued in
 * one transaction, so two runs at once, or a retry, never remind anyone twice. The waitlist is
 * not reminded. The reminder links to the online room when there is one, carries the invitation
 * again, and its cancel link opens the registration page (the email link's token is not kept,
 * so it cannot be repeated here). Answers how many reminders were queued.
 */
export async function sendEventReminders(
	services: Pick<JobServices, 'db' | 'queue' | 'now' | 'origin'>
): Promise<number> {
	const now = services.now();
	const ids = await findDueReminderIds(
		services.db,
		now.toISOString(),
		new Date(now.getTime() + REMINDER_LEAD_MS).toISOString()
	);
	let sent = 0;
	for (let start = 0; start < ids.length; start += BATCH) {
		sent += await services.db.transaction().execute(async (trx) => {
			const claimed = await claimReminders(trx, ids.slice(start, start + BATCH), now.toISOString());
			const events = new Map(
				(await findEventsByIds(trx, [...new Set(claimed.map((row) => row.event_id))])).map(
					(event) => [event.id, event]
				)
			);
			const recipients = await findRecipients(
				trx,
				claimed.map((row) => row.user_id)
			);
			for (const row of claimed) {
				const event = events.get(row.event_id);
				const recipient = recipients.get(row.user_id);
				if (!event || !recipient) continue;
				await services.queue.enqueue(
					trx,
					sendEmail,
					registrationEmail(recipient, event, 'reminder', {
						origin: services.origin,
						locale: 'en',
						cancelLink: `${services.origin}/events/${event.slug}/registration`
					})
				);
			}
			return claimed.length;
		});
	}
	return sent;
}

/** Every ten minutes (UTC); a run takes no input, and one right after another finds nothing. */
export const eventReminders = defineJob({
	id: 'events.reminders',
	payload: z.object({}).strict(),
	cron: '*/10 * * * *',
	summary: () => 'event reminders, 24 hours before',
	handler: async (_payload, services) => {
		await sendEventReminders(services);
	}
});
