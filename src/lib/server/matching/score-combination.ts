/**
 * How the ranking components add up. Each component is a value in [0, 1] for one (need, solution)
 * pair; the score is their weighted sum, and the weighted values are kept as the match's
 * contributions, so an explanation can say how much each reason counted.
 */

export const COMPONENTS = ['text', 'concepts', 'sectors', 'sdgs', 'context', 'evidence'] as const;
export type ComponentName = (typeof COMPONENTS)[number];
export type ComponentWeights = Readonly<Record<ComponentName, number>>;
export type ComponentValues = Readonly<Record<ComponentName, number>>;

export interface CombinedScore {
	score: number;
	/** Weight × value per component; they add up to `score`. */
	contributions: Record<ComponentName, number>;
}

/**
 * @example combine({ text: 1, concepts: 0.5, sectors: 1, sdgs: 0, context: 0, evidence: 0 },
 *   { text: 0.2, concepts: 0.4, sectors: 0.4, sdgs: 0.1, context: 0, evidence: 0 }).score === 0.8
 */
export function combine(values: ComponentValues, weights: ComponentWeights): CombinedScore {
	let score = 0;
	const contributions = {} as Record<ComponentName, number>;
	for (const component of COMPONENTS) {
		const contribution = weights[component] * values[component];
		contributions[component] = contribution;
		score += contribution;
	}
	return { score, contributions };
}

/**
 * The `k` best of many scored items without sorting them all (a bounded min-heap): ranking
 * 100,000 solutions keeps only the few dozen it returns. Ties go to the smaller id.
 */
export class TopK {
	readonly #k: number;
	readonly #heap: { id: number; score: number }[] = [];

	constructor(k: number) {
		this.#k = Math.max(0, k);
	}

	/** Whether `(score, id)` ranks below `(otherScore, otherId)`. */
	static #worse(a: { id: number; score: number }, b: { id: number; score: number }): boolean {
		return a.score < b.score || (a.score === b.score && a.id > b.id);
	}

	/** The score an item must beat to be kept (-Infinity until k items are kept). */
	get threshold(): number {
		return this.#heap.length < this.#k ? -Infinity : (this.#heap[0]?.score ?? Infinity);
	}

	offer(id: number, score: number): void {
		const heap = this.#heap;
		const item = { id, score };
		if (heap.length < this.#k) {
			heap.push(item);
			let child = heap.length - 1;
			while (child > 0) {
				const parent = (child - 1) >> 1;
				if (!TopK.#worse(heap[child]!, heap[parent]!)) break;
				[heap[child], heap[parent]] = [heap[parent]!, heap[child]!];
				child = parent;
			}
			return;
		}
		if (this.#k === 0 || !TopK.#worse(heap[0]!, item)) return;
		heap[0] = item;
		let parent = 0;
		for (;;) {
			const left = parent * 2 + 1;
			const right = left + 1;
			let smallest = parent;
			if (left < heap.length && TopK.#worse(heap[left]!, heap[smallest]!)) smallest = left;
			if (right < heap.length && TopK.#worse(heap[right]!, heap[smallest]!)) smallest = right;
			if (smallest === parent) break;
			[heap[parent], heap[smallest]] = [heap[smallest]!, heap[parent]!];
			parent = smallest;
		}
	}

	/** The kept items, best first. */
	sorted(): { id: number; score: number }[] {
		return [...this.#heap].sort((a, b) => b.score - a.score || a.id - b.id);
	}
}
