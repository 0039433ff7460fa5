import { describe, expect, it } from 'vitest';
import { apiParameters, withoutFilter } from './facet-labels.ts';

describe('withoutFilter', () => {
	it('removes one value and the page, keeping the rest', () => {
		expect(withoutFilter('?q=water&sdg=6&sdg=11&page=3', 'sdg', '6')).toBe('?q=water&sdg=11');
	});
	it('removes a whole facet when no value is given', () => {
		expect(withoutFilter('?sdg=6&sdg=11&lang=fr', 'sdg')).toBe('?lang=fr');
	});
	it('names the language facet language on pages', () => {
		expect(withoutFilter('?language=fr&language=es&lang=ar', 'lang', 'fr')).toBe(
			'?lang=ar&language=es'
		);
		expect(apiParameters(new URLSearchParams('lang=ar&language=fr&sdg=6')).toString()).toBe(
			'sdg=6&lang=fr'
		);
	});

	it('leaves an empty query when nothing remains', () => {
		expect(withoutFilter('?sdg=6', 'sdg', '6')).toBe('?');
	});
});
