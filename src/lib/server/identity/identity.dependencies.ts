import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { RateLimiters } from '../http/rate-limit.ts';
import type { EmailTemplate, EmailTemplateValues, RenderedEmail } from '../mail/email-templates.ts';
import type { Mailer } from '../mail/mail.service.ts';

/** Renders an email in a language: subject, text and HTML. */
export type ComposeEmail = <Name extends EmailTemplate>(
	template: Name,
	locale: string,
	values: EmailTemplateValues[Name]
) => RenderedEmail;

/** What the account use-cases need besides the database, given to them by the app's runtime. */
export interface AccountContext {
	db: Kysely<Database>;
	mailer: Mailer;
	limiters: Pick<
		RateLimiters,
		'signInPerAccount' | 'signInPerIp' | 'registration' | 'passwordReset' | 'publicForm'
	>;
	composeEmail: ComposeEmail;
	/** The public address of the site, for links in emails. */
	origin: string;
	now?: Date;
}

/** Where a request comes from, for rate limits and the audit log. */
export interface RequestOrigin {
	ip: string;
	userAgent: string | null;
	locale: string;
}
