import { ENGLISH, MESSAGES } from '../../i18n/messages.ts';
import { formatTimeRange } from '../../i18n/format.ts';
import { renderEmail } from '../mail/email-templates.ts';
import type { OutgoingMail } from '../mail/mail.schema.ts';
import { buildEventCalendar, type CalendarEvent } from './event-calendar.ts';
import type { EventRow, Recipient } from './registrations.repository.ts';

/**
 * The emails about a place at an event. People have no language setting yet: the confirmation
 * goes out in the language the person registered in, the emails they did not trigger (promotion,
 * reminder) in English. Times are given in the event's time zone and in UTC, and every email but
 * the waitlist's carries the event as an iCalendar attachment, ready to add to a calendar.
 */

export type RegistrationEmailKind = 'registered' | 'waitlisted' | 'promoted' | 'reminder';

/** The mailer refuses subjects over 250 characters; a long event title is cut instead. */
const SUBJECT_LIMIT = 250;

export const INVITATION_CONTENT_TYPE = 'text/calendar; charset=utf-8; method=PUBLISH';

export function calendarEventOf(event: EventRow): CalendarEvent {
	return {
		slug: event.slug,
		title: event.title,
		summary: event.summary,
		startsAt: event.starts_at,
		endsAt: event.ends_at,
		timeZone: event.time_zone,
		status: event.status,
		onlineUrl: event.online_url,
		venue: event.venue,
		updatedAt: event.updated_at
	};
}

/** The event as an `invitation.ics` attachment (one VEVENT, METHOD:PUBLISH). */
export function invitationAttachment(event: EventRow, origin: string) {
	return {
		filename: 'invitation.ics',
		contentType: INVITATION_CONTENT_TYPE,
		content: buildEventCalendar([calendarEventOf(event)], { origin, name: event.title })
	};
}

/** The address of the email link that gives a place up (the token is shown only here). */
export function cancelLinkFor(origin: string, slug: string, token: string): string {
	return `${origin}/events/${slug}/registration/cancel?token=${encodeURIComponent(token)}`;
}

const isWebLink = (link: string | null): link is string =>
	link !== null && URL.canParse(link) && ['http:', 'https:'].includes(new URL(link).protocol);

/**
 * One email about a registration.
 * @example registrationEmail(recipient, event, 'waitlisted', { origin, locale: 'en', position: 3, cancelLink })
 */
export function registrationEmail(
	recipient: Recipient,
	event: EventRow,
	kind: RegistrationEmailKind,
	options: { origin: string; locale: string; cancelLink: string; position?: number }
): OutgoingMail {
	const locale = MESSAGES[options.locale] ? options.locale : 'en';
	const eventPage = `${options.origin}/events/${event.slug}`;
	const link = kind === 'reminder' && isWebLink(event.online_url) ? event.online_url : eventPage;
	const email = renderEmail(MESSAGES[locale] ?? ENGLISH, ENGLISH, locale, 'event-registration', {
		name: recipient.name,
		status: kind,
		title: event.title,
		when: `${formatTimeRange(event.starts_at, event.ends_at, locale, event.time_zone)} (${event.time_zone})`,
		whenUtc: formatTimeRange(event.starts_at, event.ends_at, locale, 'UTC'),
		where: [event.venue, event.online_url].filter(Boolean).join(' · '),
		position: options.position ?? 0,
		link,
		cancelLink: options.cancelLink
	});
	const subject =
		email.subject.length <= SUBJECT_LIMIT
			? email.subject
			: `${email.subject.slice(0, SUBJECT_LIMIT - 1)}…`;
	return {
		to: recipient.email,
		...email,
		subject,
		...(kind === 'waitlisted' ? {} : { attachments: [invitationAttachment(event, options.origin)] })
	};
}
