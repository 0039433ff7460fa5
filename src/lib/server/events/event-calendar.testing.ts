import ICAL from 'ical.js';

/** One VEVENT read back by an independent parser (ical.js), for tests. */
export interface ParsedCalendarEvent {
	uid: string;
	dtstamp: string;
	/** The instants as ISO 8601 UTC, and whether the file wrote them in UTC (`…Z`). */
	start: string;
	end: string;
	utc: boolean;
	summary: string;
	description: string;
	url: string;
	location: string | null;
	status: string;
}

export interface ParsedCalendar {
	version: string;
	prodId: string;
	name: string | null;
	events: ParsedCalendarEvent[];
}

const text = (component: ICAL.Component, name: string) => {
	const value = component.getFirstPropertyValue(name);
	return value === null || value === undefined ? null : String(value);
};

const time = (component: ICAL.Component, name: string) => {
	const value = component.getFirstPropertyValue(name);
	if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a date-time`);
	return value;
};

/**
 * Parses an iCalendar document with ical.js (a parser other than the generator), so a test
 * checks what calendar applications will read, not what we meant to write.
 */
export function parseCalendar(ics: string): ParsedCalendar {
	const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
	if (calendar.name !== 'vcalendar') throw new Error('not a VCALENDAR');
	return {
		version: text(calendar, 'version') ?? '',
		prodId: text(calendar, 'prodid') ?? '',
		name: text(calendar, 'x-wr-calname'),
		events: calendar.getAllSubcomponents('vevent').map((event) => {
			const start = time(event, 'dtstart');
			const end = time(event, 'dtend');
			return {
				uid: text(event, 'uid') ?? '',
				dtstamp: time(event, 'dtstamp').toJSDate().toISOString(),
				start: start.toJSDate().toISOString(),
				end: end.toJSDate().toISOString(),
				utc: start.zone === ICAL.Timezone.utcTimezone && end.zone === ICAL.Timezone.utcTimezone,
				summary: text(event, 'summary') ?? '',
				description: text(event, 'description') ?? '',
				url: text(event, 'url') ?? '',
				location: text(event, 'location'),
				status: text(event, 'status') ?? ''
			};
		})
	};
}

/** The longest physical line of a document, in octets (RFC 5545 §3.1 allows 75). */
export function longestLineOctets(ics: string): number {
	return Math.max(...ics.split('\r\n').map((line) => Buffer.byteLength(line, 'utf8')));
}
