import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/** What a calendar entry needs to know about an event. */
export interface CalendarEvent {
	slug: string;
	title: string;
	summary: string;
	startsAt: string;
	endsAt: string;
	/** The event's IANA time zone, kept as X-WR-TIMEZONE-style information in the description. */
	timeZone: string;
	status: 'scheduled' | 'cancelled';
	onlineUrl: string | null;
	venue: string | null;
	updatedAt: string;
}

export interface CalendarOptions {
	/** The platform's public origin, e.g. https://galaxy.example.org: UIDs and links use it. */
	origin: string;
	/** The calendar's name shown by calendar apps (X-WR-CALNAME). */
	name: string;
	/** How often subscribers should refresh, in seconds (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
	ttlSeconds?: number;
}

/**
 * An iCalendar (RFC 5545) document of events, made with ical-generator. Times are written in UTC
 * (`DTSTART:20221018T130000Z`), which every calendar shows in its reader's own zone; the event's
 * zone is named in the description. UIDs are stable (`event-<slug>@<host>`) and SEQUENCE follows
 * the last update, so a re-imported or refreshed event replaces the earlier copy instead of
 * duplicating it. A cancelled event stays in the feed with STATUS:CANCELLED, so calendars drop it.
 * @example buildEventCalendar([event], { origin, name: 'South-South Galaxy events' })
 */
export function buildEventCalendar(events: CalendarEvent[], options: CalendarOptions): string {
	const host = new URL(options.origin).hostname;
	const calendar = ical({
		name: options.name,
		prodId: { company: 'South-South Galaxy', product: 'events', language: 'EN' },
		method: ICalCalendarMethod.PUBLISH,
		ttl: options.ttlSeconds ?? 60 * 60
	});
	for (const event of events) {
		const url = `${options.origin}/events/${event.slug}`;
		const location = [event.venue, event.onlineUrl].filter(Boolean).join(' · ');
		calendar.createEvent({
			id: `event-${event.slug}@${host}`,
			sequence: Math.floor(new Date(event.updatedAt).getTime() / 1000),
			stamp: new Date(event.updatedAt),
			start: new Date(event.startsAt),
			end: new Date(event.endsAt),
			summary: event.title,
			description: `${event.summary}\n\nTime zone of the event: ${event.timeZone}\n${url}`,
			location: location || null,
			url,
			status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
		});
	}
	// RFC 5545 ends every content line with CRLF, the last one too; ical-generator omits the last.
	return `${calendar.toString()}\r\n`;
}

/** The media type of an .ics download or feed. */
export const ICALENDAR_TYPE = 'text/calendar; charset=utf-8';
