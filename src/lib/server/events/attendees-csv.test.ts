import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../i18n/messages.ts';
import { createTranslator } from '../../i18n/translator.ts';
import { attendeesCsv, attendeesFileName, safeCell } from './attendees-csv.ts';
import type { Attendee, AttendeeList } from './registrations.presenter.ts';

const t = createTranslator('en', ENGLISH, ENGLISH);

const person = (overrides: Partial<Attendee>): Attendee => ({
	name: 'Ana Souza',
	email: 'ana@city.gov.br',
	organizations: ['City of Niterói', 'Koidu City Council'],
	status: 'registered',
	requestedAt: '2026-05-01T10:00:00.000Z',
	promotedAt: null,
	cancelledAt: null,
	position: null,
	...overrides
});

const list: AttendeeList = {
	event: {
		slug: 'webinar',
		title: 'Webinar',
		startsAt: '2026-06-01T13:00:00.000Z',
		endsAt: '2026-06-01T14:00:00.000Z',
		timeZone: 'UTC',
		capacity: 1
	},
	counts: { registered: 1, waitlisted: 1, cancelled: 1 },
	registered: [person({})],
	waitlisted: [person({ name: '=HYPERLINK("http://evil")', status: 'waitlisted', position: 1 })],
	cancelled: [
		person({ name: '李伟', status: 'cancelled', cancelledAt: '2026-05-02T10:00:00.000Z' })
	]
};

describe('attendeesCsv', () => {
	it('starts with a byte-order mark and a header row, then one row per person', () => {
		const csv = attendeesCsv(list, t);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toContain('\r\n');
		const rows: string[][] = parse(csv.slice(1));
		expect(rows[0]).toEqual([
			'Status',
			'Waitlist position',
			'Name',
			'Email',
			'Organizations',
			'Asked on (UTC)',
			'Promoted on (UTC)',
			'Cancelled on (UTC)'
		]);
		expect(rows).toHaveLength(4);
		expect(rows[1]).toEqual([
			'Registered',
			'',
			'Ana Souza',
			'ana@city.gov.br',
			'City of Niterói; Koidu City Council',
			'2026-05-01T10:00:00.000Z',
			'',
			''
		]);
		expect(rows[2]!.slice(0, 3)).toEqual(['On the waitlist', '1', `'=HYPERLINK("http://evil")`]);
		expect(rows[3]!.slice(0, 3)).toEqual(['Cancelled', '', '李伟']);
	});

	it('turns cells that a spreadsheet would run into text', () => {
		for (const value of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1']) {
			expect(safeCell(value)).toBe(`'${value}`);
		}
		expect(safeCell('Ana')).toBe('Ana');
		expect(safeCell('')).toBe('');
	});

	it('names the file after the event', () => {
		expect(attendeesFileName('urban-waste-2026')).toBe('attendees-urban-waste-2026.csv');
	});
});
