import { parseInput } from '../http/query.ts';
import { apiWriteLimiter, jobQueue, mailingContext } from '../runtime.ts';
import { slugSchema } from '../solutions/solutions.schema.ts';
import type { MailingContext, RegistrationContext } from './registrations.service.ts';

/** The edge of the registration pages and API: their contexts and the event's slug. */

/**
 * The writing context of a person's registration: the job queue for the confirmation emails,
 * and the per-account write budget that API writes use too (60 a minute).
 */
export function registrationContext(locals: App.Locals): RegistrationContext {
	const { db, actor, locale, origin } = mailingContext(locals);
	return { db, actor, locale, origin, queue: jobQueue(), limiter: apiWriteLimiter() };
}

/** For the email's cancel link, which needs no session. */
export function tokenCancelContext(locals: App.Locals): MailingContext {
	const { db, origin } = mailingContext(locals);
	return { db, origin, queue: jobQueue() };
}

/** The event's slug from the address (a 400 when it is not one). */
export function eventSlugOf(params: Partial<Record<string, string>>): string {
	return parseInput(slugSchema, params.slug);
}

/** What the event page says after a registration action (`?registration=…`), if anything. */
export type RegistrationNotice = 'registered' | 'waitlisted' | 'cancelled';

export function registrationNoticeOf(url: URL): RegistrationNotice | null {
	const value = url.searchParams.get('registration');
	return value === 'registered' || value === 'waitlisted' || value === 'cancelled' ? value : null;
}
