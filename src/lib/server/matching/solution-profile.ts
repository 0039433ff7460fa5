import { analyzeRecord } from '../search/analyzer.ts';
import {
	conceptsOf,
	conceptsOfTokens,
	isUnspacedLanguage,
	type CompiledLexicon,
	type ConceptBag
} from './concept-lexicon.ts';
import type { MatchContext } from './context-similarity.ts';
import { countFigures, evidenceScore, type EvidenceFeatures } from './evidence.ts';

/**
 * What the matcher needs to know about one solution, and how its texts become the bags of words
 * and concepts that the index holds.
 */

/** A solution's text in one language: the original or a translation. */
export interface SolutionText {
	language: string;
	title: string;
	/** Summary, challenge, solution and the other narrative fields, in that order. */
	body: string[];
	results: string;
}

export interface MatchableSolution {
	id: number;
	language: string;
	texts: SolutionText[];
	sectors: string[];
	sdgs: number[];
	context: MatchContext;
	/** Number of countries and cities where it was implemented. */
	placeCount: number;
	providerIds: number[];
	cityIds: number[];
}

/** A solution as the index keeps it: everything but its texts, which became bags. */
export interface SolutionProfile {
	id: number;
	language: string;
	/** Distinct sector slugs. */
	sectors: string[];
	/** Distinct goal numbers. */
	sdgs: number[];
	context: MatchContext;
	evidence: EvidenceFeatures;
	/** `evidenceScore(evidence)`, which does not depend on the need. */
	evidenceScore: number;
	providerIds: number[];
	cityIds: number[];
}

/** A title word counts this many times a body word, for words and for concepts. */
export const TITLE_WEIGHT = 2;

/** Adds a text's words to a bag: each word under its stem and, when different, its written form. */
export function addWords(
	bag: Map<string, number>,
	stems: string[],
	exacts: string[],
	weight: number
) {
	for (let index = 0; index < stems.length; index += 1) {
		const stem = stems[index]!;
		const exact = exacts[index]!;
		bag.set(stem, (bag.get(stem) ?? 0) + weight);
		if (exact !== stem) bag.set(exact, (bag.get(exact) ?? 0) + weight);
	}
}

export interface AnalyzedSolution {
	profile: SolutionProfile;
	words: Map<string, number>;
	concepts: ConceptBag;
}

/** Reads a solution's texts once into its word bag, concept bag and evidence. */
export function analyzeSolution(
	lexicon: CompiledLexicon,
	solution: MatchableSolution
): AnalyzedSolution {
	const words = new Map<string, number>();
	const concepts: ConceptBag = new Map();
	let figures = 0;
	for (const text of solution.texts) {
		// Translations repeat the figures of the original: count them once.
		const original = text.language === solution.language;
		const fields = [
			{ value: text.title, weight: TITLE_WEIGHT, results: false },
			...text.body.map((value) => ({ value, weight: 1, results: false })),
			{ value: text.results, weight: 1, results: original }
		];
		for (const { value, weight, results } of fields) {
			if (!value) continue;
			const analyzed = analyzeRecord(value, text.language);
			addWords(words, analyzed.stemmed, analyzed.exact, weight);
			if (isUnspacedLanguage(text.language)) {
				conceptsOf(lexicon, value, text.language, concepts, weight);
			} else {
				conceptsOfTokens(lexicon, analyzed, text.language, concepts, weight);
			}
			if (results) figures += countFigures(analyzed.exact);
		}
	}
	const evidence = {
		figures,
		places: solution.placeCount,
		replicationMentions: concepts.get('replication') ?? 0
	};
	return {
		profile: {
			id: solution.id,
			language: solution.language,
			sectors: [...new Set(solution.sectors)],
			sdgs: [...new Set(solution.sdgs)],
			context: solution.context,
			evidence,
			evidenceScore: evidenceScore(evidence),
			providerIds: solution.providerIds,
			cityIds: solution.cityIds
		},
		words,
		concepts
	};
}
