import type { JobServices } from '../jobs/job.ts';
import { sendEmail } from '../mail/mail-jobs.ts';
import { findRecipients } from './audience.repository.ts';
import {
	claimDigestItems,
	findDigestRecipients,
	findPendingDigestItems,
	insertDigest,
	type DigestFrequency
} from './digests.repository.ts';
import { digestEmail } from './notification-email.ts';
import { findNotificationsByIds } from './notifications.repository.ts';
import { issueUnsubscribeLink } from './unsubscribe.service.ts';

/**
 * Digests: each run sends every person with notifications waiting for this frequency one email
 * gathering all of them — everything not yet emailed, so nothing is sent twice or skipped, and
 * a person with nothing waiting gets nothing. Read and unread notifications alike go in: the
 * digest tells what happened since the last one.
 */

/**
 * Sends one digest to a person, in one transaction: takes their waiting notifications (only
 * those no concurrent run took first), records the digest and queues its email. Answers
 * whether a digest went out.
 */
async function sendDigestTo(
	services: JobServices,
	userId: number,
	frequency: DigestFrequency
): Promise<boolean> {
	return services.db.transaction().execute(async (trx) => {
		const [recipient] = await findRecipients(trx, [userId]);
		if (!recipient?.verified) return false;
		const now = services.now();
		const pending = await findPendingDigestItems(trx, userId, frequency);
		const claimed = await claimDigestItems(trx, pending, now.toISOString());
		if (claimed.length === 0) return false;
		const rows = await findNotificationsByIds(trx, claimed);
		await insertDigest(trx, {
			user_id: userId,
			frequency,
			notification_count: rows.length,
			sent_at: now.toISOString()
		});
		const unsubscribeLink = await issueUnsubscribeLink(trx, {
			userId,
			kind: null,
			origin: services.origin,
			now
		});
		await services.queue.enqueue(
			trx,
			sendEmail,
			digestEmail(recipient, frequency, rows, { origin: services.origin, unsubscribeLink })
		);
		return true;
	});
}

/**
 * Sends the digests of one frequency; answers how many went out. A failure for one person
 * stops the run (the job tries again later); those already served have nothing left waiting,
 * so the retry picks up where this run stopped.
 * @example await sendDigests(services, 'daily')
 */
export async function sendDigests(
	services: JobServices,
	frequency: DigestFrequency
): Promise<number> {
	let sent = 0;
	for (const userId of await findDigestRecipients(services.db, frequency)) {
		if (await sendDigestTo(services, userId, frequency)) sent++;
	}
	return sent;
}
