/**
 * An inverted index held in typed arrays: for every key (a word or a concept id), the document
 * slots that contain it and how often. Documents are appended to slots and never moved until
 * `compact`; a removed or replaced document leaves a dead slot behind that scoring skips. Like
 * Lucene before a merge, document frequencies and the document count keep counting dead slots
 * until the next compaction, so scores stay consistent between two compactions.
 *
 * Memory: 6 bytes a posting (slot as Int32, frequency as Uint16) plus the key map; a solution of
 * 150 words has about 120 keys, so 100,000 solutions take about 75 MB.
 */

const INITIAL_CAPACITY = 4;

export class PostingList {
	slots = new Int32Array(INITIAL_CAPACITY);
	frequencies = new Uint16Array(INITIAL_CAPACITY);
	length = 0;

	/** Whether `slot` is in the list (slots are kept in ascending order: binary search). */
	includes(slot: number): boolean {
		let low = 0;
		let high = this.length - 1;
		while (low <= high) {
			const middle = (low + high) >> 1;
			const value = this.slots[middle]!;
			if (value === slot) return true;
			if (value < slot) low = middle + 1;
			else high = middle - 1;
		}
		return false;
	}

	push(slot: number, frequency: number): void {
		if (this.length === this.slots.length) {
			const capacity = this.length * 2;
			const slots = new Int32Array(capacity);
			slots.set(this.slots);
			const frequencies = new Uint16Array(capacity);
			frequencies.set(this.frequencies);
			this.slots = slots;
			this.frequencies = frequencies;
		}
		this.slots[this.length] = slot;
		this.frequencies[this.length] = Math.min(frequency, 0xffff);
		this.length += 1;
	}
}

export class PostingIndex {
	readonly lists = new Map<string, PostingList>();
	/** Length of each slot's document (sum of its frequencies). */
	lengths = new Float64Array(INITIAL_CAPACITY);
	#totalLength = 0;
	#slots = 0;

	get slotCount(): number {
		return this.#slots;
	}

	get averageLength(): number {
		return this.#slots === 0 ? 0 : this.#totalLength / this.#slots;
	}

	/** Adds a document at `slot` (the next free slot: slots are handed out by the caller in order). */
	add(slot: number, bag: ReadonlyMap<string, number>): void {
		if (slot !== this.#slots) throw new Error(`postings: slot ${slot} out of order`);
		if (slot >= this.lengths.length) {
			const lengths = new Float64Array(Math.max(INITIAL_CAPACITY, this.lengths.length * 2));
			lengths.set(this.lengths);
			this.lengths = lengths;
		}
		let length = 0;
		for (const [key, frequency] of bag) {
			const rounded = Math.round(frequency);
			if (rounded <= 0) continue;
			let list = this.lists.get(key);
			if (!list) this.lists.set(key, (list = new PostingList()));
			list.push(slot, rounded);
			length += rounded;
		}
		this.lengths[slot] = length;
		this.#totalLength += length;
		this.#slots += 1;
	}

	/** Document frequency of a key (dead slots included until the next compaction). */
	documentFrequency(key: string): number {
		return this.lists.get(key)?.length ?? 0;
	}

	/**
	 * Drops dead slots and renumbers the live ones in order: `newSlot[old]` is the new slot, or -1.
	 */
	compact(newSlot: Int32Array, liveCount: number): void {
		for (const [key, list] of this.lists) {
			let kept = 0;
			for (let index = 0; index < list.length; index += 1) {
				const slot = newSlot[list.slots[index]!]!;
				if (slot < 0) continue;
				list.slots[kept] = slot;
				list.frequencies[kept] = list.frequencies[index]!;
				kept += 1;
			}
			if (kept === 0) this.lists.delete(key);
			else list.length = kept;
		}
		const lengths = new Float64Array(Math.max(INITIAL_CAPACITY, liveCount));
		let total = 0;
		for (let old = 0; old < this.#slots; old += 1) {
			const slot = newSlot[old]!;
			if (slot < 0) continue;
			lengths[slot] = this.lengths[old]!;
			total += this.lengths[old]!;
		}
		this.lengths = lengths;
		this.#totalLength = total;
		this.#slots = liveCount;
	}
}
