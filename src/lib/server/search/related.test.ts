import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from './catalog.ts';
import { relatedness } from './related.ts';

const entry = (facets: CatalogEntry['facets']): CatalogEntry => ({
	documentId: 1,
	kind: 'solution',
	recordId: 1,
	language: 'en',
	publishedAt: '2024-01-01',
	facets,
	codes: [],
	rank: 0
});

describe('relatedness', () => {
	const composting = entry({
		sector: ['waste-management'],
		sdg: [11, 12],
		region: [2, 202, 11],
		modality: ['south-south']
	});

	it('weighs a shared sector above a shared SDG above a shared region', () => {
		const sameSector = entry({ sector: ['waste-management'], sdg: [], region: [], modality: [] });
		const sameGoal = entry({ sector: [], sdg: [12], region: [], modality: [] });
		const samePlace = entry({ sector: [], sdg: [], region: [2, 202], modality: [] });
		expect(relatedness(composting, sameSector)).toBe(3);
		expect(relatedness(composting, sameGoal)).toBe(2);
		expect(relatedness(composting, samePlace)).toBe(1);
	});

	it('adds up what is shared', () => {
		expect(relatedness(composting, composting)).toBe(3 + 2 * 2 + 1 + 0.5);
	});

	it('is zero for unrelated solutions', () => {
		expect(relatedness(composting, entry({ sector: ['health'], sdg: [3] }))).toBe(0);
	});
});
