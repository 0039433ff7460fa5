/**
 * A seeded pseudo-random source, so every run of the benchmark generates the same corpus and
 * two dialects are measured on identical data. sfc32 (Small Fast Counter): tiny, fast and good
 * enough for test data; `Math.random` cannot be seeded.
 */
export class Random {
	#a: number;
	#b: number;
	#c: number;
	#d: number;

	constructor(seed: number) {
		this.#a = 0x9e3779b9;
		this.#b = 0x243f6a88;
		this.#c = 0xb7e15162;
		this.#d = seed >>> 0;
		// The first outputs of sfc32 still echo the seed; throw them away.
		for (let i = 0; i < 15; i += 1) this.next();
	}

	/** A float in [0, 1). */
	next(): number {
		this.#a >>>= 0;
		this.#b >>>= 0;
		this.#c >>>= 0;
		this.#d >>>= 0;
		let t = (this.#a + this.#b) | 0;
		this.#a = this.#b ^ (this.#b >>> 9);
		this.#b = (this.#c + (this.#c << 3)) | 0;
		this.#c = (this.#c << 21) | (this.#c >>> 11);
		this.#d = (this.#d + 1) | 0;
		t = (t + this.#d) | 0;
		this.#c = (this.#c + t) | 0;
		return (t >>> 0) / 4294967296;
	}

	/** An integer in [min, max], both included. */
	integer(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[Math.floor(this.next() * items.length)] as T;
	}

	/** `count` different items (fewer when the list is shorter), drawn with `draw`. */
	distinct<T>(count: number, draw: () => T): T[] {
		const chosen = new Set<T>();
		for (let attempt = 0; chosen.size < count && attempt < count * 20; attempt += 1) {
			chosen.add(draw());
		}
		return [...chosen];
	}
}

/**
 * Draws from a fixed list with given weights in O(log n), by binary search over cumulative
 * weights.
 * @example new WeightedChoice(['en', 'es'], [0.7, 0.3]).draw(random)
 */
export class WeightedChoice<T> {
	readonly items: readonly T[];
	readonly #cumulative: number[];
	readonly #total: number;

	constructor(items: readonly T[], weights: readonly number[]) {
		if (items.length === 0 || items.length !== weights.length) {
			throw new Error('WeightedChoice needs one weight per item, and at least one item');
		}
		this.items = items;
		let sum = 0;
		this.#cumulative = weights.map((weight) => (sum += weight));
		this.#total = sum;
	}

	draw(random: Random): T {
		const target = random.next() * this.#total;
		let low = 0;
		let high = this.#cumulative.length - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if ((this.#cumulative[middle] as number) > target) high = middle;
			else low = middle + 1;
		}
		return this.items[low] as T;
	}
}

/**
 * Zipf's law: the item of rank r (from 1) is drawn with weight 1 / r^exponent, so the first
 * items of a list are common and the tail is rare, as words are in real text.
 */
export function zipf<T>(items: readonly T[], exponent = 1): WeightedChoice<T> {
	return new WeightedChoice(
		items,
		items.map((_, index) => 1 / (index + 1) ** exponent)
	);
}
