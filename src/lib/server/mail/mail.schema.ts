import { z } from 'zod';
import { pageSchema, pageSizeSchema } from '../http/query.ts';

/**
 * Headers a message may not set itself: the mailer writes them, and letting a caller set Bcc or
 * From would let it send mail to, or as, someone else.
 */
const RESERVED_HEADERS = new Set([
	'from',
	'sender',
	'to',
	'cc',
	'bcc',
	'reply-to',
	'subject',
	'date',
	'message-id',
	'mime-version',
	'content-type',
	'content-transfer-encoding'
]);

const headerNameSchema = z
	.string()
	// RFC 5322 field names: printable ASCII except the colon.
	.regex(/^[!-9;-~]+$/, 'must be a header name such as List-Unsubscribe')
	.refine((name) => !RESERVED_HEADERS.has(name.toLowerCase()), {
		error: 'is set by the mailer and cannot be given'
	});

const oneLine = (field: string) =>
	z.string().refine((value) => !/[\r\n]/.test(value), { error: `${field} must be on one line` });

/**
 * A small text attachment carried in the job payload, such as a calendar invitation (.ics). Files
 * are not attached: emails link to them instead, so the payload and the outbox stay small.
 */
const attachmentSchema = z.object({
	filename: oneLine('the file name').pipe(
		z.string().regex(/^[\w.-]{1,100}$/, 'must be a plain file name such as invitation.ics')
	),
	contentType: oneLine('the content type').pipe(
		z
			.string()
			.regex(
				/^[a-z]+\/[a-z0-9.+-]+(; *[a-z-]+=[\w-]+)*$/,
				'must be a media type such as text/calendar'
			)
	),
	content: z.string().min(1, 'must not be empty').max(100_000, 'is too long')
});

/** One outgoing email. Header values are single lines, so nothing can be smuggled into the header. */
export const outgoingMailSchema = z.object({
	to: z.string().trim().pipe(z.email('must be an email address such as name@city.gov')),
	subject: oneLine('the subject').pipe(
		z.string().trim().min(1, 'must not be empty').max(250, 'is too long')
	),
	text: z.string().min(1, 'must not be empty').max(100_000, 'is too long'),
	html: z.string().min(1, 'must not be empty').max(200_000, 'is too long').optional(),
	headers: z
		.record(headerNameSchema, oneLine('a header value').pipe(z.string().max(2_000, 'is too long')))
		.optional(),
	attachments: z.array(attachmentSchema).max(3, 'at most 3 attachments').optional()
});

export type OutgoingMail = z.input<typeof outgoingMailSchema>;

/** A page of the outbox (`/admin/outbox?page=2`). */
export const outboxListQuerySchema = z.object({ page: pageSchema, pageSize: pageSizeSchema });

export type OutboxListQuery = z.input<typeof outboxListQuerySchema>;
