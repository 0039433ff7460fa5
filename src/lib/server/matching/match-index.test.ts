import { describe, expect, it } from 'vitest';
import { conceptLexicon } from './concept-lexicon.ts';
import { MatchIndex } from './match-index.ts';
import { PostingIndex } from './postings.ts';
import { solution } from './match-index.fixtures.ts';

describe('PostingIndex', () => {
	it('keeps slots in order, their lengths and document frequencies', () => {
		const postings = new PostingIndex();
		postings.add(
			0,
			new Map([
				['a', 2],
				['b', 1]
			])
		);
		postings.add(1, new Map([['a', 1]]));
		expect(postings.documentFrequency('a')).toBe(2);
		expect(postings.averageLength).toBe(2);
		expect(postings.lists.get('a')!.includes(1)).toBe(true);
		expect(postings.lists.get('b')!.includes(1)).toBe(false);
		expect(() => postings.add(5, new Map())).toThrow(/out of order/);
	});

	it('grows past its initial capacity', () => {
		const postings = new PostingIndex();
		for (let slot = 0; slot < 100; slot += 1) postings.add(slot, new Map([['w', 1]]));
		expect(postings.documentFrequency('w')).toBe(100);
		expect(postings.lists.get('w')!.includes(99)).toBe(true);
	});
});

describe('MatchIndex', () => {
	const lexicon = conceptLexicon();

	it('indexes words and concepts, title words twice', () => {
		const index = new MatchIndex(lexicon);
		index.upsert(solution(7, 'en', 'Composting market waste', 'Residents sort waste.'));
		const slot = index.slotOf(7)!;
		const compost = index.words.lists.get('compost')!;
		expect(compost.frequencies[0]).toBe(2);
		expect(index.concepts.lists.get('composting')!.includes(slot)).toBe(true);
		expect(index.sharedConcepts(slot, ['composting', 'flood', 'solid-waste'])).toEqual(
			expect.arrayContaining(['composting', 'solid-waste'])
		);
	});

	it('replaces a solution on upsert and forgets it on remove', () => {
		const index = new MatchIndex(lexicon);
		index.upsert(solution(1, 'en', 'Flood early warning', ''));
		index.upsert(solution(1, 'en', 'Composting', ''));
		expect(index.size).toBe(1);
		expect(index.profiles.filter(Boolean)).toHaveLength(1);
		index.remove(1);
		expect(index.size).toBe(0);
		index.remove(1);
		expect(index.size).toBe(0);
	});

	it('compacts once dead slots are a quarter, keeping what the live ones hold', () => {
		const index = new MatchIndex(lexicon);
		for (let id = 1; id <= 80; id += 1) {
			index.upsert(solution(id, 'en', id % 2 ? 'Flood warning' : 'Composting', ''));
		}
		for (let id = 1; id <= 21; id += 1) index.remove(id);
		expect(index.slotCount).toBe(59);
		for (let id = 22; id <= 30; id += 1) index.remove(id);
		expect(index.slotCount).toBe(59);
		index.compact();
		expect(index.slotCount).toBe(50);
		expect(index.size).toBe(50);
		expect(index.profiles.every(Boolean)).toBe(true);
		const flood = index.concepts.lists.get('flood')!;
		expect(flood.length).toBe(25);
		const slots = [...flood.slots.subarray(0, flood.length)];
		expect(slots).toEqual([...slots].sort((a, b) => a - b));
		expect(slots.map((slot) => index.profiles[slot]!.id).every((id) => id % 2 === 1)).toBe(true);
		expect(index.slotOf(31)).toBeDefined();
	});
});
