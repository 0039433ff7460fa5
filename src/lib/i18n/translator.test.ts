import { describe, expect, it } from 'vitest';
import { createTranslator } from './translator.ts';

const english = { greeting: 'Hello {name}', count: '{n, plural, one {# city} other {# cities}}' };

describe('createTranslator', () => {
	it('formats ICU plurals and arguments in the locale', () => {
		const t = createTranslator('en', english, english);
		expect(t('greeting', { name: 'Koidu' })).toBe('Hello Koidu');
		expect(t('count', { n: 1 })).toBe('1 city');
		expect(t('count', { n: 1200 })).toBe('1,200 cities');
	});
	it('falls back to English for a missing translation, then to the key', () => {
		const t = createTranslator('fr', { greeting: 'Bonjour {name}' }, english);
		expect(t('greeting', { name: 'Dakar' })).toBe('Bonjour Dakar');
		expect(t('count', { n: 2 })).toBe('2 cities');
		expect(t('no.such.key')).toBe('no.such.key');
	});
});
