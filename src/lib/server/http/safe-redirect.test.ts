import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-redirect.ts';

describe('safeNext', () => {
	it('keeps paths on this site', () => {
		expect(safeNext('/events?when=past')).toBe('/events?when=past');
	});
	it('refuses other sites and odd forms', () => {
		for (const next of [
			'//evil.example',
			'/\\evil.example',
			'https://evil.example',
			'evil',
			'',
			null
		]) {
			expect(safeNext(next)).toBe('/');
		}
		expect(safeNext('https://evil.example', '/account')).toBe('/account');
	});
});
