import { describe, expect, it } from 'vitest';
import { withoutFilter } from './facet-labels.ts';

describe('withoutFilter', () => {
	it('removes one value and the page, keeping the rest', () => {
		expect(withoutFilter('?q=water&sdg=6&sdg=11&page=3', 'sdg', '6')).toBe('?q=water&sdg=11');
	});
	it('removes a whole facet when no value is given', () => {
		expect(withoutFilter('?sdg=6&sdg=11&lang=fr', 'sdg')).toBe('?lang=fr');
	});
	it('leaves an empty query when nothing remains', () => {
		expect(withoutFilter('?sdg=6', 'sdg', '6')).toBe('?');
	});
});
