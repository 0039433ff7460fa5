import { describe, expect, it } from 'vitest';
import { formatDate, formatTimeRange, languageName } from './format.ts';

describe('formatDate', () => {
	it('keeps the calendar day whatever the zone', () => {
		expect(formatDate('2022-10-18', 'en')).toBe('October 18, 2022');
		expect(formatDate('2022-10-18', 'fr')).toBe('18 octobre 2022');
	});
});

describe('formatTimeRange', () => {
	it('shows a webinar in the event zone and in another reader zone', () => {
		const start = '2022-10-18T13:00:00.000Z';
		const end = '2022-10-18T15:00:00.000Z';
		expect(formatTimeRange(start, end, 'en', 'America/New_York')).toMatch(/9:00.*11:00.*EDT/);
		expect(formatTimeRange(start, end, 'en', 'Asia/Shanghai')).toMatch(/9:00.*11:00/);
		expect(formatTimeRange(start, end, 'en', 'Asia/Shanghai')).toMatch(/GMT\+8/);
	});
	it('follows daylight saving: the same UTC hour is an hour earlier in New York in winter', () => {
		const summer = formatTimeRange(
			'2022-10-18T13:00:00Z',
			'2022-10-18T14:00:00Z',
			'en',
			'America/New_York'
		);
		const winter = formatTimeRange(
			'2022-11-08T13:00:00Z',
			'2022-11-08T14:00:00Z',
			'en',
			'America/New_York'
		);
		expect(summer).toMatch(/9:00/);
		expect(winter).toMatch(/8:00/);
	});
});

describe('languageName', () => {
	it('names languages in the reader language', () => {
		expect(languageName('fr', 'en')).toBe('French');
		expect(languageName('en', 'es')).toBe('inglés');
	});
});
