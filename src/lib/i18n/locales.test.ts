import { describe, expect, it } from 'vitest';
import { parseAcceptLanguage, resolveLocale, textDirection } from './locales.ts';

describe('parseAcceptLanguage', () => {
	it('orders tags by quality, then by position', () => {
		expect(parseAcceptLanguage('fr-CA,fr;q=0.9,en;q=0.8,es;q=0.9')).toEqual([
			'fr-ca',
			'fr',
			'es',
			'en'
		]);
	});
	it('ignores wildcards, q=0 and garbage', () => {
		expect(parseAcceptLanguage('*, de;q=0, ;q=1, pt;q=abc, ar')).toEqual(['ar']);
	});
});

describe('resolveLocale', () => {
	const available = ['en', 'fr', 'ar'];
	it('prefers the URL, then the cookie, then the browser', () => {
		expect(resolveLocale(available, { query: 'ar', cookie: 'fr', acceptLanguage: 'en' })).toBe(
			'ar'
		);
		expect(resolveLocale(available, { cookie: 'fr', acceptLanguage: 'ar' })).toBe('fr');
		expect(resolveLocale(available, { acceptLanguage: 'fr-SN,en;q=0.5' })).toBe('fr');
	});
	it('skips choices that are not available and falls back to English', () => {
		expect(resolveLocale(available, { query: 'xx', cookie: 'zh', acceptLanguage: 'de' })).toBe(
			'en'
		);
	});
});

describe('textDirection', () => {
	it('is right-to-left for Arabic only', () => {
		expect(textDirection('ar')).toBe('rtl');
		expect(textDirection('fr')).toBe('ltr');
	});
});
