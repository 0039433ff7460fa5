import { describe, expect, it } from 'vitest';
import { pageHref } from './page-href.ts';

describe('pageHref', () => {
	it('keeps the filters and replaces the page', () => {
		expect(pageHref('/solutions', '?sdg=6&sdg=11&page=3', 4)).toBe(
			'/solutions?sdg=6&sdg=11&page=4'
		);
	});
	it('drops the page parameter for the first page', () => {
		expect(pageHref('/solutions', '?q=water&page=2', 1)).toBe('/solutions?q=water');
		expect(pageHref('/events', '', 1)).toBe('/events');
	});
});
