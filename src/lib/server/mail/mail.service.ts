import type { Kysely } from 'kysely';
import { createTransport } from 'nodemailer';
import type { Database } from '../db/database.ts';
import { toPaging } from '../db/paging.ts';
import { forbidden } from '../http/errors.ts';
import { parseInput, type Page } from '../http/query.ts';
import type { Actor } from '../identity/actor.ts';
import type { MailConfig } from './mail.config.ts';
import { canReadOutbox } from './mail.policy.ts';
import { presentOutboxEntry, type OutboxEntry } from './mail.presenter.ts';
import {
	findOutboxEntries,
	findOutboxEntryOfJob,
	insertOutboxEntry,
	markOutboxEntryFailed,
	markOutboxEntrySent
} from './mail.repository.ts';
import { outboxListQuerySchema, outgoingMailSchema, type OutgoingMail } from './mail.schema.ts';

/** The SMTP server refused the message or could not be reached; the outbox row says `failed`. */
export class MailDeliveryError extends Error {
	constructor(message: string, options?: ErrorOptions) {
		super(message, options);
		this.name = 'MailDeliveryError';
	}
}

/** Who sends a message, so that sending it again is harmless. */
export interface SendOptions {
	/**
	 * The job sending it (`mail.send`): the outbox remembers which job wrote each message, so a
	 * retried or restarted job reuses its row and never sends a message it already sent.
	 */
	jobId?: string;
}

export interface Mailer {
	/**
	 * Validates and records the message, then sends it when SMTP is configured. Throws
	 * `invalid_input` for a bad message (nothing is stored) and MailDeliveryError when sending fails.
	 */
	send(message: OutgoingMail, options?: SendOptions): Promise<void>;
}

/** Generous for a slow relay, short enough that a dead one does not hold a request for minutes. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * The platform's one way to send email. Without SMTP_URL every message is only stored in
 * `mail_outbox` (status `stored`), so a fresh install works and admins read the mail at
 * /admin/outbox. With SMTP_URL the message is stored first, then sent, and its row marked
 * `sent` or `failed`; a row left `stored` in SMTP mode means the process stopped mid-send.
 * Email is sent by the `mail.send` job (mail-jobs.ts), which passes its id: see `SendOptions`.
 * @example await createMailer({ db, config: readMailConfig() }).send({ to, subject, text })
 */
export function createMailer({
	db,
	config,
	now = () => new Date()
}: {
	db: Kysely<Database>;
	config: MailConfig;
	now?: () => Date;
}): Mailer {
	// Options in the URL's query (`?requireTLS=true`) override these defaults.
	const transport =
		config.smtpUrl === null
			? null
			: createTransport({ ...SMTP_TIMEOUTS, url: config.smtpUrl }, { from: config.from });
	return {
		async send(message, options) {
			const mail = parseInput(outgoingMailSchema, message);
			const headers = mail.headers && Object.keys(mail.headers).length > 0 ? mail.headers : null;
			const attachments = mail.attachments?.length ? mail.attachments : null;
			const jobId = options?.jobId ?? null;
			const earlier = jobId === null ? undefined : await findOutboxEntryOfJob(db, jobId);
			// Sent by an earlier try of the same job; or stored, which is all there is to do without SMTP.
			if (earlier && (earlier.status === 'sent' || !transport)) return;
			const id =
				earlier?.id ??
				(await insertOutboxEntry(db, {
					created_at: now().toISOString(),
					to_address: mail.to,
					subject: mail.subject,
					text_body: mail.text,
					html_body: mail.html ?? null,
					headers: headers && JSON.stringify(headers),
					attachments: attachments && JSON.stringify(attachments),
					status: 'stored',
					job_id: jobId
				}));
			if (!transport) return;
			try {
				await transport.sendMail({
					to: mail.to,
					subject: mail.subject,
					text: mail.text,
					html: mail.html,
					headers: headers ?? undefined,
					attachments: attachments ?? undefined
				});
			} catch (error) {
				const reason = error instanceof Error ? error.message : String(error);
				await markOutboxEntryFailed(db, id, reason.slice(0, 2_000));
				throw new MailDeliveryError(
					`Could not send the email "${mail.subject}" to ${mail.to}: ${reason}`,
					{ cause: error }
				);
			}
			await markOutboxEntrySent(db, id, now().toISOString());
		}
	};
}

/** The outbox, newest first, for admins. */
export async function listOutbox({
	db,
	actor,
	page,
	pageSize
}: {
	db: Kysely<Database>;
	actor: Actor;
	page?: number;
	pageSize?: number;
}): Promise<Page<OutboxEntry>> {
	if (!canReadOutbox(actor)) throw forbidden();
	const query = parseInput(outboxListQuerySchema, { page, pageSize });
	const { rows, total } = await findOutboxEntries(db, toPaging(query.page, query.pageSize));
	return { data: rows.map(presentOutboxEntry), page: query.page, pageSize: query.pageSize, total };
}
