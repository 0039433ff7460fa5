import { describe, expect, it } from 'vitest';
import { formatTimeRange, sameClockTime, timeZoneOffsetMinutes } from './format.ts';

describe('timeZoneOffsetMinutes', () => {
	it('follows New York across the end of daylight-saving time (1 November 2026)', () => {
		expect(timeZoneOffsetMinutes('2026-11-01T05:59:00Z', 'America/New_York')).toBe(-240);
		expect(timeZoneOffsetMinutes('2026-11-01T06:00:00Z', 'America/New_York')).toBe(-300);
	});
	it('reads half hours, zones without summer time, and UTC', () => {
		expect(timeZoneOffsetMinutes('2026-06-01T00:00:00Z', 'Asia/Kolkata')).toBe(330);
		expect(timeZoneOffsetMinutes('2026-06-01T00:00:00Z', 'America/St_Johns')).toBe(-150);
		expect(timeZoneOffsetMinutes('2026-06-01T00:00:00Z', 'Africa/Freetown')).toBe(0);
		expect(timeZoneOffsetMinutes('2026-06-01T00:00:00Z', 'UTC')).toBe(0);
	});
});

describe('sameClockTime', () => {
	it('is true for zones that agree for the whole event, false otherwise', () => {
		const start = '2026-10-20T13:00:00Z';
		const end = '2026-10-20T15:00:00Z';
		expect(sameClockTime(start, end, 'America/New_York', 'America/Toronto')).toBe(true);
		expect(sameClockTime(start, end, 'America/New_York', 'America/Sao_Paulo')).toBe(false);
	});
	it('tells apart zones that change clocks on different dates', () => {
		// Between the European (25 October) and the American (1 November) change, London is four
		// hours ahead of New York instead of five.
		const start = '2026-10-28T13:00:00Z';
		const end = '2026-10-28T14:00:00Z';
		expect(
			timeZoneOffsetMinutes(start, 'Europe/London') -
				timeZoneOffsetMinutes(start, 'America/New_York')
		).toBe(240);
		expect(sameClockTime(start, end, 'Europe/London', 'Europe/Lisbon')).toBe(true);
		expect(sameClockTime(start, end, 'Europe/London', 'Africa/Abidjan')).toBe(true);
		expect(
			sameClockTime(
				'2026-07-01T13:00:00Z',
				'2026-07-01T14:00:00Z',
				'Europe/London',
				'Africa/Abidjan'
			)
		).toBe(false);
	});
});

describe('formatTimeRange in two zones across a daylight-saving change', () => {
	it('shows one event in the event zone and a reader zone on both sides of the change', () => {
		// A 14:00 UTC webinar: 10:00 in New York before 1 November 2026, 9:00 after; São Paulo
		// keeps 11:00 (no summer time).
		const before = ['2026-10-27T14:00:00Z', '2026-10-27T15:00:00Z'] as const;
		const after = ['2026-11-03T14:00:00Z', '2026-11-03T15:00:00Z'] as const;
		expect(formatTimeRange(...before, 'en', 'America/New_York')).toMatch(/10:00.*11:00.*EDT/);
		expect(formatTimeRange(...after, 'en', 'America/New_York')).toMatch(/9:00.*10:00.*EST/);
		expect(formatTimeRange(...before, 'en', 'America/Sao_Paulo')).toMatch(/11:00.*12:00/);
		expect(formatTimeRange(...after, 'en', 'America/Sao_Paulo')).toMatch(/11:00.*12:00/);
	});
});
