import { analyzeQuery } from '../search/analyzer.ts';
import {
	addBm25Scores,
	idf,
	queryTermWeight,
	type Bm25Parameters,
	type QueryTerm
} from './bm25.ts';
import { conceptsOf, type ConceptBag } from './concept-lexicon.ts';
import { contextParts, contextSimilarity, type MatchContext } from './context-similarity.ts';
import type { MatchIndex } from './match-index.ts';
import {
	combine,
	TopK,
	type ComponentName,
	type ComponentValues,
	type ComponentWeights
} from './score-combination.ts';
import { TITLE_WEIGHT } from './solution-profile.ts';
import { inferTags, mergeTagWeights, overlapWith, type TagWeights } from './taxonomy-overlap.ts';

/**
 * Ranks the solutions of a `MatchIndex` for a need. Every component is a value in [0, 1] per
 * solution, weighted and summed (`score-combination.ts`); each match keeps the weighted
 * contributions and the concepts it shares with the need, so an explanation ("same problem:
 * market waste composting · SDG 11, 12 · West Africa · works in French") can be derived from them.
 * - `text`: BM25 of the need's words against the solution's words, as a share of the best score;
 * - `concepts`: BM25 of the need's lexicon concepts against the solution's, the same way — what
 *   lets a French need find an English solution;
 * - `sectors`, `sdgs`: overlap of the solution's tags with the need's, merged with the tags its
 *   concepts suggest (`taxonomy-overlap.ts`);
 * - `context`: same region, development group, city size, working language;
 * - `evidence`: documented figures and replications.
 * Everything runs over in-memory arrays: term-at-a-time BM25 over the postings of the need's words
 * and concepts, one pass over the slots for the tags, and a bounded heap for the best `limit`.
 */

export interface NeedQuery {
	title: string;
	/** The problem in the requester's words; what they tried may be appended. */
	description: string;
	language: string;
	sectors: readonly string[];
	sdgs: readonly number[];
	context: MatchContext;
}

export interface RankerSettings {
	weights: ComponentWeights;
	/** Title words of the need count this many times a description word. */
	queryTitleWeight: number;
	/** Saturation of repeated query terms (see `queryTermWeight`); Infinity counts them linearly. */
	queryK3: number;
	/** Query words found in more than this share of solutions are dropped. */
	maxWordShare: number;
	words: Bm25Parameters;
	concepts: Bm25Parameters;
	/** How much tags inferred from the text count against the need's own tags (1). */
	inferredTagWeight: number;
	/** Use the tags the need carries (false: text only). */
	useNeedTags: boolean;
}

export interface SolutionMatch {
	solutionId: number;
	score: number;
	/** Weighted contribution of each component; they add up to `score`. */
	contributions: Record<ComponentName, number>;
	/** Lexicon concepts both texts name, the rarest (most telling) first. */
	concepts: string[];
}

export interface NeedAnalysis {
	concepts: ConceptBag;
	sectors: TagWeights<string>;
	sdgs: TagWeights<number>;
}

export interface RankResult {
	matches: SolutionMatch[];
	need: NeedAnalysis;
}

/** The need's words as weighted query terms: one per stem, its written forms as alternatives. */
export function queryTerms(need: NeedQuery, settings: RankerSettings): QueryTerm[] {
	const terms = new Map<string, { keys: Set<string>; tf: number }>();
	const add = (text: string, weight: number) => {
		const { stemmed, exact } = analyzeQuery(text, need.language);
		stemmed.forEach((stem, index) => {
			let term = terms.get(stem);
			if (!term) terms.set(stem, (term = { keys: new Set([stem]), tf: 0 }));
			term.keys.add(exact[index]!);
			term.tf += weight;
		});
	};
	add(need.title, settings.queryTitleWeight);
	add(need.description, 1);
	return [...terms.values()].map((term) => ({
		keys: [...term.keys],
		weight: queryTermWeight(term.tf, settings.queryK3)
	}));
}

/** Reads the need's concepts and merges its tags with those the concepts suggest. */
export function analyzeNeed(
	index: MatchIndex,
	need: NeedQuery,
	settings: RankerSettings
): NeedAnalysis {
	const concepts: ConceptBag = new Map();
	conceptsOf(index.lexicon, need.title, need.language, concepts, TITLE_WEIGHT);
	conceptsOf(index.lexicon, need.description, need.language, concepts, 1);
	const n = index.slotCount;
	const inferred = inferTags(index.lexicon, concepts, (concept, count) => {
		const rarity = n > 0 ? idf(index.concepts.documentFrequency(concept), n) : 1;
		return queryTermWeight(count, settings.queryK3) * rarity;
	});
	const tagWeights = { inferredWeight: settings.inferredTagWeight };
	return {
		concepts,
		sectors: mergeTagWeights<string>(
			settings.useNeedTags ? need.sectors : [],
			inferred.sectors,
			tagWeights
		),
		sdgs: mergeTagWeights(settings.useNeedTags ? need.sdgs : [], inferred.sdgs, tagWeights)
	};
}

/** Divides every score by the largest, so the best solution scores 1. */
function scaleByMax(scores: Float64Array): void {
	let top = 0;
	for (const score of scores) if (score > top) top = score;
	if (top > 0) for (let slot = 0; slot < scores.length; slot += 1) scores[slot]! /= top;
}

/** Ranks every live solution for a need, best first, `limit` of them. */
export function rankSolutions(
	index: MatchIndex,
	need: NeedQuery,
	settings: RankerSettings,
	limit: number
): RankResult {
	const n = index.slotCount;
	const { weights } = settings;
	const analysis = analyzeNeed(index, need, settings);

	const text = new Float64Array(n);
	if (weights.text > 0) {
		const terms = queryTerms(need, settings);
		addBm25Scores(index.words, terms, settings.words, settings.maxWordShare, text);
		scaleByMax(text);
	}
	const concepts = new Float64Array(n);
	if (weights.concepts > 0) {
		const terms = [...analysis.concepts].map(([concept, count]) => ({
			keys: [concept],
			weight: queryTermWeight(count, settings.queryK3)
		}));
		addBm25Scores(index.concepts, terms, settings.concepts, 1, concepts);
		scaleByMax(concepts);
	}

	const sectorOverlap = overlapWith(analysis.sectors);
	const sdgOverlap = overlapWith(analysis.sdgs);
	const valuesAt = (slot: number): ComponentValues => {
		const profile = index.profiles[slot]!;
		return {
			text: text[slot]!,
			concepts: concepts[slot]!,
			sectors: sectorOverlap(profile.sectors),
			sdgs: sdgOverlap(profile.sdgs),
			context: contextSimilarity(contextParts(need.context, profile.context)),
			evidence: profile.evidenceScore
		};
	};
	// One pass over the slots with plain arithmetic; the context (the only component that compares
	// two places) is computed only for solutions that could still enter the best `limit`.
	// Offered by solution id, so ties break the same way whatever order solutions were indexed in.
	const best = new TopK(limit);
	for (let slot = 0; slot < n; slot += 1) {
		const profile = index.profiles[slot];
		if (!profile) continue;
		const sectors = sectorOverlap(profile.sectors);
		const sdgs = sdgOverlap(profile.sdgs);
		if (text[slot] === 0 && concepts[slot] === 0 && sectors === 0 && sdgs === 0) continue;
		const partial =
			weights.text * text[slot]! +
			weights.concepts * concepts[slot]! +
			weights.sectors * sectors +
			weights.sdgs * sdgs +
			weights.evidence * profile.evidenceScore;
		if (partial + weights.context < best.threshold) continue;
		const context = contextSimilarity(contextParts(need.context, profile.context));
		best.offer(profile.id, partial + weights.context * context);
	}
	const matches = best.sorted().map(({ id: solutionId }) => {
		const slot = index.slotOf(solutionId)!;
		const { score, contributions } = combine(valuesAt(slot), weights);
		return {
			solutionId,
			score,
			contributions,
			concepts: index.sharedConcepts(slot, analysis.concepts.keys())
		};
	});
	return { matches, need: analysis };
}
