import { z } from 'zod';
import { ConfigError } from '../config/config.ts';

export const DEFAULT_MAIL_FROM = 'South-South Galaxy <no-reply@localhost>';

/** `name@host` or `Display Name <name@host>`, on one line. */
function isMailbox(value: string): boolean {
	if (/[\r\n]/.test(value)) return false;
	const match = /^(?:[^<>]*<([^<>\s]+)>|([^<>\s]+))$/.exec(value.trim());
	const address = match?.[1] ?? match?.[2];
	// Looser than z.email(): a sender such as no-reply@localhost is fine on a development machine.
	return address !== undefined && /^[^\s@<>]+@[^\s@<>]+$/.test(address);
}

/** An smtp:// or smtps:// URL with a host; the error never repeats the URL (it holds a password). */
function isSmtpUrl(value: string): boolean {
	if (!URL.canParse(value)) return false;
	const url = new URL(value);
	return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
}

const mailEnvironmentSchema = z.object({
	SMTP_URL: z
		.string()
		.refine(isSmtpUrl, {
			error: 'must be a URL such as smtp://user:password@mail.example.org:587 or smtps://…:465'
		})
		.optional(),
	MAIL_FROM: z
		.string()
		.refine(isMailbox, {
			error: 'must be an address such as "South-South Galaxy <no-reply@example.org>"'
		})
		.default(DEFAULT_MAIL_FROM)
});

export interface MailConfig {
	/** Where to send mail; `null` keeps every message in the `mail_outbox` table instead. */
	smtpUrl: string | null;
	/** The From header of every message. */
	from: string;
}

/**
 * Reads the mail settings. With no SMTP_URL (a fresh install) messages are stored, not sent, and
 * admins read them at /admin/outbox. Throws a ConfigError naming every bad variable.
 * @example readMailConfig({ SMTP_URL: 'smtps://galaxy:secret@mail.example.org' })
 */
export function readMailConfig(
	environment: Record<string, string | undefined> = process.env
): MailConfig {
	const parsed = mailEnvironmentSchema.safeParse(
		Object.fromEntries(
			Object.entries(environment).filter(
				([key, value]) => (key === 'SMTP_URL' || key === 'MAIL_FROM') && value !== ''
			)
		)
	);
	if (!parsed.success) {
		const problems = parsed.error.issues.map(
			(issue) => `${issue.path.join('.')}: ${issue.message}`
		);
		throw new ConfigError(`Invalid mail configuration:\n  ${problems.join('\n  ')}`);
	}
	return { smtpUrl: parsed.data.SMTP_URL ?? null, from: parsed.data.MAIL_FROM.trim() };
}
