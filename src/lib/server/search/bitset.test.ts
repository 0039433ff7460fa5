import { describe, expect, it } from 'vitest';
import {
	bitsetOf,
	fullBitset,
	intersect,
	intersectionSize,
	members,
	size,
	unite
} from './bitset.ts';

describe('bitsets', () => {
	it('hold members, in order, across word boundaries', () => {
		const set = bitsetOf(100, [0, 31, 32, 63, 99, 5]);
		expect(members(set)).toEqual([0, 5, 31, 32, 63, 99]);
		expect(members(set, 3)).toEqual([0, 5, 31]);
		expect(size(set)).toBe(6);
	});

	it('make a full set of exactly the given size', () => {
		expect(size(fullBitset(100))).toBe(100);
		expect(size(fullBitset(64))).toBe(64);
		expect(members(fullBitset(33))).toHaveLength(33);
	});

	it('intersect, unite and count intersections', () => {
		const evens = bitsetOf(
			70,
			Array.from({ length: 35 }, (_, i) => i * 2)
		);
		const threes = bitsetOf(
			70,
			Array.from({ length: 24 }, (_, i) => i * 3)
		);
		expect(intersectionSize(evens, threes)).toBe(12);
		expect(members(intersect(Uint32Array.from(evens), threes))).toEqual(
			Array.from({ length: 12 }, (_, i) => i * 6)
		);
		expect(size(unite(Uint32Array.from(evens), threes))).toBe(35 + 24 - 12);
	});
});
