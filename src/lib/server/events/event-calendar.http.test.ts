import { describe, expect, it } from 'vitest';
import { calendarEtag, calendarResponse, matchesEtag } from './event-calendar.http.ts';

const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
const get = (headers: Record<string, string> = {}) =>
	new Request('https://galaxy.example.org/events.ics', { headers });

describe('calendarResponse', () => {
	it('serves a feed inline as text/calendar, cacheable for five minutes, with an ETag', async () => {
		const response = calendarResponse(get(), ics, { filename: 'events.ics', download: false });
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe('inline; filename="events.ics"');
		expect(response.headers.get('cache-control')).toBe('public, max-age=300');
		expect(response.headers.get('etag')).toBe(calendarEtag(ics));
		expect(await response.text()).toBe(ics);
	});

	it('offers one event as a download', () => {
		const response = calendarResponse(get(), ics, { filename: 'webinar.ics', download: true });
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="webinar.ics"');
	});

	it('answers 304 without a body when the client holds this version, 200 after a change', async () => {
		const etag = calendarEtag(ics);
		const again = calendarResponse(get({ 'if-none-match': `"old", W/${etag}` }), ics, {
			filename: 'events.ics',
			download: false
		});
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		const changed = calendarResponse(get({ 'if-none-match': etag }), `${ics} `, {
			filename: 'events.ics',
			download: false
		});
		expect(changed.status).toBe(200);
	});
});

describe('matchesEtag', () => {
	it('compares tags weakly and accepts *', () => {
		expect(matchesEtag('"a"', '"a"')).toBe(true);
		expect(matchesEtag('W/"a"', '"a"')).toBe(true);
		expect(matchesEtag('*', '"a"')).toBe(true);
		expect(matchesEtag('"b"', '"a"')).toBe(false);
		expect(matchesEtag(null, '"a"')).toBe(false);
	});
});
