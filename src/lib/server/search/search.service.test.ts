import { describe, expect, it } from 'vitest';
import { firstInOrder } from './search.service.ts';

describe('firstInOrder', () => {
	const numbers = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
	const ascending = (a: number, b: number) => a - b;

	it('returns the first items as a full sort would, for short and long prefixes', () => {
		for (const count of [1, 5, 20, 100, 200, 999, 1000, 1500]) {
			expect(firstInOrder(numbers, count, ascending)).toEqual(
				[...numbers].sort(ascending).slice(0, count)
			);
		}
	});

	it('keeps the order of ties stable and returns nothing for a count of zero', () => {
		const pairs = [
			[1, 'a'],
			[0, 'b'],
			[1, 'c'],
			[0, 'd']
		] as const;
		expect(firstInOrder([...pairs], 3, (a, b) => a[0] - b[0]).map((p) => p[1])).toEqual([
			'b',
			'd',
			'a'
		]);
		expect(firstInOrder(numbers, 0, ascending)).toEqual([]);
	});
});
