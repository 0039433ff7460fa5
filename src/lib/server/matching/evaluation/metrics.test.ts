import { describe, expect, it } from 'vitest';
import { meanScores, ndcgAt, recallAt, reciprocalRankAt, scoreRanking } from './metrics.ts';

const judgments = new Map([
	['a', 2],
	['b', 1],
	['c', 1],
	['z', 0]
]);

describe('ranking metrics', () => {
	it('computes nDCG@k with graded gains and the ideal from the judgments', () => {
		expect(ndcgAt(['a', 'b', 'c'], judgments, 10)).toBe(1);
		expect(ndcgAt(['a', 'c', 'b', 'x'], judgments, 10)).toBe(1);
		// Ideal 2 + 1/log2(3) + 1/log2(4); this one finds b first and a third.
		const ideal = 2 + 1 / Math.log2(3) + 1 / Math.log2(4);
		const dcg = 1 + 0 / Math.log2(3) + 2 / Math.log2(4);
		expect(ndcgAt(['b', 'x', 'a'], judgments, 10)).toBeCloseTo(dcg / ideal, 10);
		expect(ndcgAt(['x', 'a'], judgments, 1)).toBe(0);
		expect(ndcgAt([], new Map(), 10)).toBe(0);
	});

	it('computes the reciprocal rank of the first relevant result within k', () => {
		expect(reciprocalRankAt(['x', 'z', 'c'], judgments, 10)).toBeCloseTo(1 / 3, 10);
		expect(reciprocalRankAt(['x', 'z', 'c'], judgments, 2)).toBe(0);
	});

	it('computes recall of the judged-relevant solutions within k', () => {
		expect(recallAt(['a', 'x', 'c'], judgments, 10)).toBeCloseTo(2 / 3, 10);
		expect(recallAt(['a'], new Map([['a', 0]]), 10)).toBe(0);
	});

	it('averages over needs', () => {
		const one = scoreRanking(['a', 'b', 'c'], judgments);
		const none = scoreRanking(['x'], judgments);
		expect(meanScores([one, none])).toEqual({ ndcg10: 0.5, mrr10: 0.5, recall10: 0.5 });
		expect(meanScores([])).toEqual({ ndcg10: 0, mrr10: 0, recall10: 0 });
	});
});
