import { describe, expect, it } from 'vitest';
import { addBm25Scores, idf, isTooCommon, queryTermWeight, tfFactor, WORD_BM25 } from './bm25.ts';
import { PostingIndex } from './postings.ts';

describe('BM25', () => {
	it('weighs rare terms above common ones and stays positive', () => {
		expect(idf(1, 100)).toBeGreaterThan(idf(10, 100));
		expect(idf(10, 100)).toBeGreaterThan(idf(90, 100));
		expect(idf(100, 100)).toBeGreaterThan(0);
		expect(idf(1, 100)).toBeCloseTo(Math.log(1 + 99.5 / 1.5), 10);
	});

	it('saturates repeated terms and normalizes by length', () => {
		const once = tfFactor(1, 100, 100, WORD_BM25);
		const twice = tfFactor(2, 100, 100, WORD_BM25);
		const often = tfFactor(50, 100, 100, WORD_BM25);
		expect(once).toBeCloseTo(1, 10); // tf·(k1+1)/(tf+k1) at average length
		expect(twice).toBeGreaterThan(once);
		expect(twice - once).toBeGreaterThan(often - tfFactor(49, 100, 100, WORD_BM25));
		expect(often).toBeLessThan(WORD_BM25.k1 + 1);
		expect(tfFactor(1, 50, 100, WORD_BM25)).toBeGreaterThan(tfFactor(1, 200, 100, WORD_BM25));
		expect(tfFactor(0, 100, 100, WORD_BM25)).toBe(0);
		expect(tfFactor(1, 300, 100, { k1: 1.2, b: 0 })).toBeCloseTo(1, 10);
	});

	it('saturates repeated query terms, or counts them with k3 = Infinity', () => {
		expect(queryTermWeight(1)).toBe(1);
		expect(queryTermWeight(4)).toBeGreaterThan(queryTermWeight(2));
		expect(queryTermWeight(1000)).toBeLessThan(2.5);
		expect(queryTermWeight(3, Infinity)).toBe(3);
		expect(queryTermWeight(0)).toBe(0);
	});

	it('calls a term too common past its share of documents', () => {
		expect(isTooCommon(30, 100, 0.25)).toBe(true);
		expect(isTooCommon(25, 100, 0.25)).toBe(false);
		expect(isTooCommon(0, 0, 0.25)).toBe(false);
	});
});

describe('addBm25Scores', () => {
	const index = new PostingIndex();
	const docs: [string, number][][] = [
		[
			['compost', 2],
			['market', 1],
			['city', 1]
		],
		[
			['market', 1],
			['city', 3]
		],
		[
			['city', 1],
			['flood', 1]
		],
		[
			['city', 1],
			['composting', 1],
			['compost', 1]
		]
	];
	docs.forEach((bag, slot) => index.add(slot, new Map(bag)));
	const score = (terms: { keys: string[]; weight: number }[], maxShare = 1) => {
		const scores = new Float64Array(index.slotCount);
		addBm25Scores(index, terms, WORD_BM25, maxShare, scores);
		return [...scores];
	};

	it('adds every query term that a document holds (OR semantics)', () => {
		const [a, b, c, d] = score([
			{ keys: ['compost'], weight: 1 },
			{ keys: ['market'], weight: 1 }
		]);
		expect(a).toBeGreaterThan(b!);
		expect(b).toBeGreaterThan(0);
		expect(c).toBe(0);
		expect(d).toBeGreaterThan(0);
	});

	it('counts a document once per term, at its best key', () => {
		const both = score([{ keys: ['compost', 'composting'], weight: 1 }]);
		const stemOnly = score([{ keys: ['compost'], weight: 1 }]);
		expect(both[3]).toBeCloseTo(stemOnly[3]!, 10);
	});

	it('multiplies by the query weight and skips terms that are too common', () => {
		const single = score([{ keys: ['flood'], weight: 1 }]);
		const double = score([{ keys: ['flood'], weight: 2 }]);
		expect(double[2]).toBeCloseTo(2 * single[2]!, 10);
		expect(score([{ keys: ['city'], weight: 1 }], 0.5)).toEqual([0, 0, 0, 0]);
	});
});
