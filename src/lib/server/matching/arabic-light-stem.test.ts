import { describe, expect, it } from 'vitest';
import { arabicLightStem } from './arabic-light-stem.ts';
import { normalize } from '../search/analyzer.ts';

describe('arabicLightStem', () => {
	it('gives a noun the same stem with or without its article, conjunction and plural', () => {
		const stem = (word: string) => arabicLightStem(normalize(word));
		expect(stem('النفايات')).toBe(stem('نفايات'));
		expect(stem('والنفايات')).toBe(stem('نفايات'));
		expect(stem('المياه')).toBe(stem('مياه'));
		expect(stem('للمدينة')).toBe(stem('مدينة'));
	});

	it('keeps at least two letters', () => {
		expect(arabicLightStem('وال').length).toBeGreaterThanOrEqual(2);
		expect(arabicLightStem('ها')).toBe('ها');
	});
});
