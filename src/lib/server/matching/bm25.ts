import type { PostingIndex } from './postings.ts';

/**
 * Okapi BM25, the pieces used for both words and concepts.
 *
 * score(d, q) = Σ_t  w_q(t) · idf(t) · tf(t,d)·(k1 + 1) / (tf(t,d) + k1·(1 − b + b·|d|/avgdl))
 *
 * `idf` is the Lucene variant, log(1 + (N − df + 0.5)/(df + 0.5)), which stays positive for terms
 * in more than half the documents. A long query (a need is 3–6 sentences) is a weighted bag, not a
 * conjunction: every term adds its share (OR semantics), a repeated query term is saturated by
 * `queryTermWeight`, and terms found in a large share of documents are dropped
 * (`isTooCommon`) because they add time and noise but no discrimination.
 */

export interface Bm25Parameters {
	/** Term-frequency saturation: higher lets repeated words count longer. */
	k1: number;
	/** Length normalization: 0 none, 1 full. */
	b: number;
}

export const WORD_BM25: Bm25Parameters = { k1: 1.2, b: 0.75 };

/** Inverse document frequency of a term found in `df` of `n` documents. */
export function idf(df: number, n: number): number {
	return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The saturated term-frequency factor of BM25 (0 when the term is absent). */
export function tfFactor(
	tf: number,
	length: number,
	averageLength: number,
	{ k1, b }: Bm25Parameters
): number {
	if (tf <= 0) return 0;
	const norm = averageLength > 0 ? 1 - b + (b * length) / averageLength : 1;
	return (tf * (k1 + 1)) / (tf + k1 * norm);
}

/**
 * The weight of a term in the query from how often the query uses it: 1 for once, growing and
 * saturating towards `1 + k3` (a word the requester repeats matters more, but not linearly);
 * `k3 = Infinity` counts repetitions linearly, as plain BM25 does.
 */
export function queryTermWeight(queryTf: number, k3 = 1.5): number {
	if (queryTf <= 0) return 0;
	return Number.isFinite(k3) ? ((k3 + 1) * queryTf) / (k3 + queryTf) : queryTf;
}

/** Whether a term in `df` of `n` documents is too common to be worth matching on. */
export function isTooCommon(df: number, n: number, maxShare: number): boolean {
	return n > 0 && df / n > maxShare;
}

/** A weighted query term; several keys are alternatives (a stem and its written forms). */
export interface QueryTerm {
	keys: readonly string[];
	weight: number;
}

/**
 * Adds the BM25 score of weighted query terms over one inverted index to `scores` (indexed by
 * slot). A term with several keys counts each document once, at its most frequent key, with the
 * largest document frequency among them. Terms in more than `maxShare` of the slots are skipped.
 */
export function addBm25Scores(
	postings: PostingIndex,
	terms: readonly QueryTerm[],
	parameters: Bm25Parameters,
	maxShare: number,
	scores: Float64Array
): void {
	const n = postings.slotCount;
	const average = postings.averageLength;
	const best = new Float64Array(n);
	const touched: number[] = [];
	for (const term of terms) {
		const lists = term.keys.flatMap((key) => postings.lists.get(key) ?? []);
		if (lists.length === 0) continue;
		const df = Math.max(...lists.map((list) => list.length));
		if (isTooCommon(df, n, maxShare)) continue;
		const weight = term.weight * idf(df, n);
		touched.length = 0;
		for (const list of lists) {
			for (let index = 0; index < list.length; index += 1) {
				const slot = list.slots[index]!;
				const tf = list.frequencies[index]!;
				if (best[slot] === 0) touched.push(slot);
				if (tf > best[slot]!) best[slot] = tf;
			}
		}
		for (const slot of touched) {
			scores[slot]! += weight * tfFactor(best[slot]!, postings.lengths[slot]!, average, parameters);
			best[slot] = 0;
		}
	}
}
