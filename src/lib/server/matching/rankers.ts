import { WORD_BM25 } from './bm25.ts';
import type { RankerSettings } from './solution-ranker.ts';

/**
 * The named rankers `galaxy match-eval --ranker NAME` can run. `hybrid` is the platform's ranker;
 * the others are reference points and ablations.
 */

/**
 * The platform's ranker. Weights were chosen on the odd-numbered development needs and checked on
 * the even ones (README.md): concepts and tags carry most of the weight because they work across
 * languages and with or without the need's own tags; words refine within a language; context and
 * evidence break ties.
 */
const HYBRID: RankerSettings = {
	weights: { text: 0.2, concepts: 0.35, sectors: 0.4, sdgs: 0.08, context: 0.03, evidence: 0.02 },
	queryTitleWeight: 2,
	queryK3: 1.5,
	maxWordShare: 0.25,
	words: WORD_BM25,
	concepts: { k1: 1.2, b: 0.3 },
	inferredTagWeight: 0.6,
	useNeedTags: true
};

/** Plain BM25 of the need's title and description over the solutions' words, nothing else. */
const BM25: RankerSettings = {
	...HYBRID,
	weights: { text: 1, concepts: 0, sectors: 0, sdgs: 0, context: 0, evidence: 0 },
	queryTitleWeight: 1,
	queryK3: Infinity,
	maxWordShare: 1
};

/** Overlap with the need's own tags first, BM25 as the tie-break. */
const TAGS: RankerSettings = {
	...BM25,
	weights: { text: 0.1, concepts: 0, sectors: 1, sdgs: 0.5, context: 0, evidence: 0 },
	inferredTagWeight: 0
};

export const RANKERS: Readonly<Record<string, RankerSettings>> = {
	hybrid: HYBRID,
	bm25: BM25,
	tags: TAGS
};

export const DEFAULT_RANKER = 'hybrid';
