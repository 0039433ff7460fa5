import type { CompiledLexicon } from './concept-lexicon.ts';
import { PostingIndex } from './postings.ts';
import {
	analyzeSolution,
	type MatchableSolution,
	type SolutionProfile
} from './solution-profile.ts';

/**
 * The in-memory index the matcher ranks over: every published solution's profile (tags, context,
 * evidence) in a slot, and two inverted indexes over the slots — one of analyzer words (stems and
 * written forms), one of lexicon concepts. Solutions are added, replaced and removed one by one
 * (see `match-index-cache.ts` for how it follows the database); dead slots are dropped by
 * `compact` once they are a quarter of all slots.
 */
export class MatchIndex {
	readonly words = new PostingIndex();
	readonly concepts = new PostingIndex();
	readonly profiles: (SolutionProfile | null)[] = [];
	readonly #slotOf = new Map<number, number>();
	readonly lexicon: CompiledLexicon;

	constructor(lexicon: CompiledLexicon) {
		this.lexicon = lexicon;
	}

	/** Live solutions. */
	get size(): number {
		return this.#slotOf.size;
	}

	/** Slots, dead ones included: the N of document frequencies until the next compaction. */
	get slotCount(): number {
		return this.profiles.length;
	}

	slotOf(solutionId: number): number | undefined {
		return this.#slotOf.get(solutionId);
	}

	/**
	 * Which of `concepts` the solution in `slot` names, the rarest first (the most telling reason
	 * two texts are about the same problem).
	 */
	sharedConcepts(slot: number, concepts: Iterable<string>): string[] {
		const shared: { concept: string; df: number }[] = [];
		for (const concept of concepts) {
			const list = this.concepts.lists.get(concept);
			if (list && list.includes(slot)) shared.push({ concept, df: list.length });
		}
		return shared
			.sort((a, b) => a.df - b.df || a.concept.localeCompare(b.concept))
			.map((item) => item.concept);
	}

	/** Adds a solution, replacing its earlier version if it was indexed. */
	upsert(solution: MatchableSolution): void {
		this.remove(solution.id);
		const { profile, words, concepts } = analyzeSolution(this.lexicon, solution);
		const slot = this.profiles.length;
		this.profiles.push(profile);
		this.words.add(slot, words);
		this.concepts.add(slot, concepts);
		this.#slotOf.set(solution.id, slot);
	}

	remove(solutionId: number): void {
		const slot = this.#slotOf.get(solutionId);
		if (slot === undefined) return;
		this.profiles[slot] = null;
		this.#slotOf.delete(solutionId);
		// Small indexes are not worth compacting; large ones once a quarter of the slots are dead.
		if (this.profiles.length >= 64 && this.size < this.profiles.length * 0.75) this.compact();
	}

	/** Drops dead slots from the profiles and both inverted indexes. */
	compact(): void {
		const newSlot = new Int32Array(this.profiles.length).fill(-1);
		let next = 0;
		this.profiles.forEach((profile, slot) => {
			if (profile) newSlot[slot] = next++;
		});
		this.words.compact(newSlot, next);
		this.concepts.compact(newSlot, next);
		const live = this.profiles.filter((profile): profile is SolutionProfile => profile !== null);
		this.profiles.length = 0;
		this.profiles.push(...live);
		this.#slotOf.clear();
		live.forEach((profile, slot) => this.#slotOf.set(profile.id, slot));
	}
}
