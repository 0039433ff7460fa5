/**
 * Sets of small integers (catalog slots) as bit arrays: 100,000 documents are 3,125 words, and
 * intersecting or counting two sets is one pass over those words.
 */
export type Bitset = Uint32Array;

export const wordsFor = (size: number) => (size + 31) >>> 5;

export function bitsetOf(size: number, members: Iterable<number>): Bitset {
	const set = new Uint32Array(wordsFor(size));
	for (const member of members) set[member >>> 5]! |= 1 << (member & 31);
	return set;
}

/** Every member of a set of `size` elements. */
export function fullBitset(size: number): Bitset {
	const set = new Uint32Array(wordsFor(size)).fill(0xffffffff);
	const spare = set.length * 32 - size;
	if (spare > 0) set[set.length - 1] = 0xffffffff >>> spare;
	return set;
}

export function intersect(target: Bitset, other: Bitset): Bitset {
	for (let i = 0; i < target.length; i += 1) target[i]! &= other[i]!;
	return target;
}

export function unite(target: Bitset, other: Bitset): Bitset {
	for (let i = 0; i < target.length; i += 1) target[i]! |= other[i]!;
	return target;
}

function popcount(word: number): number {
	let v = word - ((word >>> 1) & 0x55555555);
	v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
	return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function size(set: Bitset): number {
	let total = 0;
	for (let i = 0; i < set.length; i += 1) if (set[i] !== 0) total += popcount(set[i]!);
	return total;
}

/** The size of the intersection of two sets, without building it. */
export function intersectionSize(a: Bitset, b: Bitset): number {
	let total = 0;
	for (let i = 0; i < a.length; i += 1) {
		const word = a[i]! & b[i]!;
		if (word !== 0) total += popcount(word);
	}
	return total;
}

/** The members in ascending order, stopping after `limit` of them. */
export function members(set: Bitset, limit = Infinity): number[] {
	const found: number[] = [];
	for (let i = 0; i < set.length && found.length < limit; i += 1) {
		let word = set[i]!;
		while (word !== 0 && found.length < limit) {
			const bit = 31 - Math.clz32(word & -word);
			found.push(i * 32 + bit);
			word &= word - 1;
		}
	}
	return found;
}
