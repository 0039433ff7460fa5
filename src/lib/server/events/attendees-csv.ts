import { stringify } from 'csv-stringify/sync';
import type { Translate } from '../../i18n/translator.ts';
import type { AttendeeList } from './registrations.presenter.ts';

/**
 * The attendee list as CSV for spreadsheet apps: a header row in the reader's language, then
 * everyone registered, waiting and cancelled, in that order. UTF-8 with a byte-order mark, so
 * Excel reads accents and scripts right; CRLF line ends (RFC 4180).
 */

/** A cell a spreadsheet would run as a formula (=, +, -, @, or a tab/CR that hides one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralizes formula injection: such a cell is shown as text, prefixed with an apostrophe. */
export function safeCell(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

export function attendeesCsv(list: AttendeeList, t: Translate): string {
	const statusLabel = {
		registered: t('eventAttendees.statusValue.registered'),
		waitlisted: t('eventAttendees.statusValue.waitlisted'),
		cancelled: t('eventAttendees.statusValue.cancelled')
	};
	const header = [
		t('eventAttendees.status'),
		t('eventAttendees.position'),
		t('eventAttendees.name'),
		t('eventAttendees.email'),
		t('eventAttendees.organizations'),
		t('eventAttendees.requestedAt'),
		t('eventAttendees.promotedAt'),
		t('eventAttendees.cancelledAt')
	];
	const rows = [...list.registered, ...list.waitlisted, ...list.cancelled].map((attendee) => [
		statusLabel[attendee.status],
		attendee.position === null ? '' : String(attendee.position),
		attendee.name,
		attendee.email,
		attendee.organizations.join('; '),
		attendee.requestedAt,
		attendee.promotedAt ?? '',
		attendee.cancelledAt ?? ''
	]);
	const body = stringify(
		[header, ...rows].map((row) => row.map(safeCell)),
		{ record_delimiter: 'windows' }
	);
	return `\uFEFF${body}`;
}

/** A file name for the download: the event's slug, which is already safe in a header. */
export function attendeesFileName(slug: string): string {
	return `attendees-${slug.replace(/[^\w-]/g, '')}.csv`;
}
