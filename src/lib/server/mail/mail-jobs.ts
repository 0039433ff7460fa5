import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { defineJob, type JobQueue } from '../jobs/job.ts';
import { outgoingMailSchema } from './mail.schema.ts';
import type { Mailer } from './mail.service.ts';

/**
 * Sends one email with the process's own mailer (SMTP, or only the outbox without SMTP_URL). The
 * job's id goes with the message into `mail_outbox`, so a retry, or a restart after a crash, finds
 * the message already sent and does not send it again. A relay that is down is tried again for
 * about two hours (30 s, doubled eight times) before the email is dead on /admin/jobs.
 */
export const sendEmail = defineJob({
	id: 'mail.send',
	payload: outgoingMailSchema,
	retry: { limit: 8, delaySeconds: 30, backoff: true },
	summary: (mail) => `${mail.to} · ${mail.subject}`,
	handler: (mail, services, run) => services.mailer.send(mail, { jobId: run.jobId })
});

/**
 * The mailer use-cases get: `send` checks the message (a bad one is `invalid_input` and nothing is
 * queued) and queues a `mail.send` job, so no request waits for the relay and a failing relay is
 * retried by the worker.
 * @example accountContext(db).mailer.send({ to, subject, text }) // queued, sent moments later
 */
export function queuedMailer(queue: JobQueue, db: Kysely<Database>): Mailer {
	return {
		async send(message) {
			await queue.enqueue(db, sendEmail, message);
		}
	};
}
