import { describe, expect, it } from 'vitest';
import { buildEventCalendar, type CalendarEvent } from './event-calendar.ts';
import { longestLineOctets, parseCalendar } from './event-calendar.testing.ts';

const origin = 'https://galaxy.example.org';

function calendarEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
	return {
		slug: 'waste-webinar',
		title: 'Waste collection that pays for itself',
		summary: 'Councils compare how they fund waste services.',
		startsAt: '2026-03-08T14:00:00.000Z',
		endsAt: '2026-03-08T15:30:00.000Z',
		timeZone: 'America/New_York',
		status: 'scheduled',
		onlineUrl: 'https://meet.example.org/waste',
		venue: null,
		updatedAt: '2026-02-01T10:00:00.000Z',
		...overrides
	};
}

describe('buildEventCalendar', () => {
	it('writes a VCALENDAR 2.0 with one VEVENT per event, times in UTC', () => {
		const events = [
			calendarEvent(),
			calendarEvent({
				slug: 'koidu-workshop',
				title: 'Koidu workshop',
				startsAt: '2026-04-01T08:00:00.000Z',
				endsAt: '2026-04-01T16:00:00.000Z',
				timeZone: 'Africa/Freetown',
				onlineUrl: null,
				venue: 'Koidu City Hall'
			})
		];
		const calendar = parseCalendar(buildEventCalendar(events, { origin, name: 'Galaxy events' }));
		expect(calendar.version).toBe('2.0');
		expect(calendar.prodId).toContain('South-South Galaxy');
		expect(calendar.name).toBe('Galaxy events');
		expect(calendar.events).toHaveLength(2);
		const [webinar, workshop] = calendar.events;
		expect(webinar).toMatchObject({
			uid: 'event-waste-webinar@galaxy.example.org',
			dtstamp: '2026-02-01T10:00:00.000Z',
			start: '2026-03-08T14:00:00.000Z',
			end: '2026-03-08T15:30:00.000Z',
			utc: true,
			summary: 'Waste collection that pays for itself',
			url: `${origin}/events/waste-webinar`,
			location: 'https://meet.example.org/waste',
			status: 'CONFIRMED'
		});
		expect(webinar!.description).toContain('America/New_York');
		expect(workshop).toMatchObject({ location: 'Koidu City Hall', utc: true });
		expect(new Set(calendar.events.map((event) => event.uid)).size).toBe(2);
	});

	it('keeps a cancelled event with STATUS:CANCELLED so calendars drop it', () => {
		const ics = buildEventCalendar([calendarEvent({ status: 'cancelled' })], {
			origin,
			name: 'x'
		});
		expect(parseCalendar(ics).events[0]!.status).toBe('CANCELLED');
	});

	it('ends every line with CRLF and folds lines at 75 octets, multi-byte text included', () => {
		const title = `Gestión de residuos sólidos en ciudades — ${'éàü中文'.repeat(20)}`;
		const ics = buildEventCalendar([calendarEvent({ title, summary: title.repeat(3) })], {
			origin,
			name: 'Événements'
		});
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(longestLineOctets(ics)).toBeLessThanOrEqual(75);
		expect(ics.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
		expect(parseCalendar(ics).events[0]!.summary).toBe(title);
	});

	it('escapes commas, semicolons, backslashes and newlines: a hostile title round-trips', () => {
		const title = 'Floods, drains; and \\ more\nBEGIN:VEVENT\r\nSUMMARY:injected';
		const ics = buildEventCalendar([calendarEvent({ title })], { origin, name: 'x' });
		const calendar = parseCalendar(ics);
		expect(calendar.events).toHaveLength(1);
		// A bare CR has no text form in iCalendar: the title comes back with line feeds only.
		expect(calendar.events[0]!.summary).toBe(title.replace(/\r\n/g, '\n'));
		expect(ics).not.toMatch(/^SUMMARY:injected/m);
	});

	it('writes an empty calendar when there is no event', () => {
		const calendar = parseCalendar(buildEventCalendar([], { origin, name: 'x' }));
		expect(calendar.events).toEqual([]);
	});
});
