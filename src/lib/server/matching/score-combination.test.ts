import { describe, expect, it } from 'vitest';
import { combine, TopK } from './score-combination.ts';

describe('combine', () => {
	it('sums weighted components and keeps each contribution', () => {
		const { score, contributions } = combine(
			{ text: 1, concepts: 0.5, sectors: 1, sdgs: 0.5, context: 1, evidence: 0 },
			{ text: 0.2, concepts: 0.4, sectors: 0.3, sdgs: 0.1, context: 0.05, evidence: 0.05 }
		);
		expect(contributions).toEqual({
			text: 0.2,
			concepts: 0.2,
			sectors: 0.3,
			sdgs: 0.05,
			context: 0.05,
			evidence: 0
		});
		expect(score).toBeCloseTo(0.8, 10);
		expect(Object.values(contributions).reduce((a, b) => a + b, 0)).toBeCloseTo(score, 10);
	});
});

describe('TopK', () => {
	it('keeps the k best, best first, ties to the smaller id', () => {
		const top = new TopK(3);
		expect(top.threshold).toBe(-Infinity);
		for (const [id, score] of [
			[1, 0.2],
			[2, 0.9],
			[3, 0.5],
			[4, 0.9],
			[5, 0.1],
			[6, 0.6]
		] as const) {
			top.offer(id, score);
		}
		expect(top.sorted()).toEqual([
			{ id: 2, score: 0.9 },
			{ id: 4, score: 0.9 },
			{ id: 6, score: 0.6 }
		]);
		expect(top.threshold).toBe(0.6);
	});

	it('agrees with a full sort on many random items', () => {
		const items = Array.from({ length: 500 }, (_, id) => ({
			id,
			score: Math.round(Math.sin(id) * 50)
		}));
		const top = new TopK(20);
		for (const item of items) top.offer(item.id, item.score);
		const sorted = [...items].sort((a, b) => b.score - a.score || a.id - b.id).slice(0, 20);
		expect(top.sorted()).toEqual(sorted);
	});

	it('keeps nothing for k = 0', () => {
		const top = new TopK(0);
		top.offer(1, 1);
		expect(top.sorted()).toEqual([]);
	});
});
