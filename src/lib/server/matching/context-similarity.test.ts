import { describe, expect, it } from 'vitest';
import {
	citySizeSimilarity,
	CONTEXT_WEIGHTS,
	contextParts,
	contextSimilarity,
	geographicProximity,
	sharedDevelopmentGroup,
	type PlaceContext
} from './context-similarity.ts';

// UN M49: Africa 2; Western Africa 11 (sub-Saharan Africa 202 as sub-region);
// Eastern Africa 14; Latin America 419 / South America 5.
const place = (country: string, overrides: Partial<PlaceContext> = {}): PlaceContext => ({
	country,
	region: 2,
	subRegion: 202,
	intermediateRegion: 11,
	ldc: false,
	lldc: false,
	sids: false,
	...overrides
});
const ghana = place('GH');
const mali = place('ML', { ldc: true, lldc: true });
const senegal = place('SN', { ldc: true });
const kenya = place('KE', { intermediateRegion: 14 });
const egypt = place('EG', { subRegion: 15, intermediateRegion: null });
const peru = place('PE', { region: 19, subRegion: 419, intermediateRegion: 5 });

describe('context similarity', () => {
	it('ranks the same country over the same intermediate region, sub-region and region', () => {
		expect(geographicProximity(ghana, ghana)).toBe(1);
		expect(geographicProximity(ghana, mali)).toBe(0.8);
		expect(geographicProximity(ghana, kenya)).toBe(0.7);
		expect(geographicProximity(ghana, egypt)).toBe(0.4);
		expect(geographicProximity(ghana, peru)).toBe(0);
	});

	it('counts the share of the need’s development groups the solution’s country shares', () => {
		expect(sharedDevelopmentGroup(mali, senegal)).toBe(0.5);
		expect(sharedDevelopmentGroup(senegal, mali)).toBe(1);
		expect(sharedDevelopmentGroup(ghana, mali)).toBe(0);
	});

	it('compares city sizes on a log scale', () => {
		expect(citySizeSimilarity(500_000, 500_000)).toBe(1);
		expect(citySizeSimilarity(100_000, 1_000_000)).toBeCloseTo(0.5, 10);
		expect(citySizeSimilarity(10_000, 1_000_000)).toBe(0);
		expect(citySizeSimilarity(0, 1_000_000)).toBe(0);
	});

	it('takes the best pair of places and a shared working language', () => {
		const parts = contextParts(
			{ places: [senegal], populations: [1_000_000], languages: ['fr', 'en'] },
			{ places: [peru, mali], populations: [100_000], languages: ['en'] }
		);
		expect(parts).toEqual({ geography: 0.8, group: 1, citySize: 0.5, language: 1 });
		expect(contextSimilarity(parts)).toBeCloseTo(
			0.8 * CONTEXT_WEIGHTS.geography +
				CONTEXT_WEIGHTS.group +
				0.5 * CONTEXT_WEIGHTS.citySize +
				CONTEXT_WEIGHTS.language,
			10
		);
		const none = contextParts(
			{ places: [], populations: [], languages: ['ar'] },
			{ places: [peru], populations: [], languages: ['es'] }
		);
		expect(contextSimilarity(none)).toBe(0);
	});
});
