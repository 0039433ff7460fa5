import { describe, expect, it } from 'vitest';
import { compileLexicon } from './concept-lexicon.ts';
import { concept } from './lexicon/concept.ts';
import { inferTags, mergeTagWeights, overlapWith, tagOverlap } from './taxonomy-overlap.ts';

const forms = { en: 'x', fr: 'x', es: 'x', pt: 'x', ar: 'x', zh: 'x' };
const lexicon = compileLexicon([
	concept('composting', ['waste-management', 'agriculture-food-systems'], forms),
	concept('latrine', ['water-sanitation'], forms, [3]),
	concept('women', [], forms)
]);

describe('inferTags', () => {
	it('turns concepts into sector weights, the first sector of a concept counting most', () => {
		const { sectors } = inferTags(lexicon, new Map([['composting', 2]]));
		expect(sectors.get('waste-management')).toBe(1);
		expect(sectors.get('agriculture-food-systems')).toBe(0.5);
	});

	it('adds up concepts, and lets cross-cutting ones say nothing', () => {
		const { sectors } = inferTags(
			lexicon,
			new Map([
				['composting', 1],
				['latrine', 3],
				['women', 10]
			])
		);
		expect(sectors.get('water-sanitation')).toBe(1);
		expect(sectors.get('waste-management')).toBeCloseTo(1 / 3, 10);
		expect(sectors.size).toBe(3);
	});

	it('suggests goals from the sectors and from the concepts themselves', () => {
		const { sdgs } = inferTags(lexicon, new Map([['latrine', 1]]));
		// Goal 6 is water-sanitation's first goal (1); goal 3 its second (0.4) and the concept's own (0.5).
		expect(sdgs.get(6)).toBe(1);
		expect(sdgs.get(3)).toBeCloseTo(0.9, 10);
	});

	it('weighs concepts by the given function (e.g. rarity)', () => {
		const { sectors } = inferTags(
			lexicon,
			new Map([
				['composting', 1],
				['latrine', 1]
			]),
			(id) => (id === 'latrine' ? 4 : 1)
		);
		expect(sectors.get('water-sanitation')).toBe(1);
		expect(sectors.get('waste-management')).toBe(0.25);
	});

	it('infers nothing from nothing', () => {
		expect(inferTags(lexicon, new Map()).sectors.size).toBe(0);
	});
});

describe('mergeTagWeights', () => {
	it('keeps ticked tags at full weight and adds inferred ones at their discounted weight', () => {
		const merged = mergeTagWeights(
			['waste-management'],
			new Map([
				['waste-management', 0.4],
				['urban-planning', 1]
			]),
			{ inferredWeight: 0.5 }
		);
		expect(merged.get('waste-management')).toBe(1);
		expect(merged.get('urban-planning')).toBe(0.5);
	});
});

describe('tagOverlap', () => {
	it('is the share of the need’s weight the solution covers', () => {
		const need = new Map([
			['a', 1],
			['b', 1]
		]);
		expect(tagOverlap(need, ['a', 'c'])).toBe(0.5);
		expect(tagOverlap(need, ['a', 'b', 'c'])).toBe(1);
		expect(tagOverlap(need, ['c'])).toBe(0);
		expect(tagOverlap(new Map(), ['a'])).toBe(0);
		expect(
			overlapWith(
				new Map([
					[11, 2],
					[6, 1]
				])
			)([6])
		).toBeCloseTo(1 / 3, 10);
	});
});
