import { idf, queryTermWeight } from './bm25.ts';
import { conceptLexicon, conceptsOf, type CompiledLexicon } from './concept-lexicon.ts';
import type { SectorSlug } from './lexicon/concept.ts';
import type { MatchIndex } from './match-index.ts';
import { inferTags } from './taxonomy-overlap.ts';

/**
 * Suggests sector themes and SDGs for a text, from the lexicon concepts it names: what the need
 * form offers as the requester writes, and what the ranker uses when a need carries no tags.
 */

export interface TagSuggestions {
	/** Best first; `score` in (0, 1], the strongest 1. */
	sectors: { sector: SectorSlug; score: number }[];
	sdgs: { goal: number; score: number }[];
}

export interface SuggestOptions {
	/** Weighs concepts by how rare they are among published solutions (else all count the same). */
	index?: MatchIndex;
	lexicon?: CompiledLexicon;
	/** Suggestions scoring below this share of the best one are left out. */
	threshold?: number;
	maxSectors?: number;
	maxSdgs?: number;
}

/**
 * @example suggestTags('Tri des déchets et compostage au marché central', 'fr').sectors[0]
 *   // { sector: 'waste-management', score: 1 }
 */
export function suggestTags(
	text: string,
	language: string,
	{
		index,
		lexicon = index?.lexicon ?? conceptLexicon(),
		threshold = 0.4,
		maxSectors = 3,
		maxSdgs = 4
	}: SuggestOptions = {}
): TagSuggestions {
	const bag = conceptsOf(lexicon, text, language);
	const n = index?.slotCount ?? 0;
	const inferred = inferTags(lexicon, bag, (concept, count) => {
		const rarity = index && n > 0 ? idf(index.concepts.documentFrequency(concept), n) : 1;
		return queryTermWeight(count) * rarity;
	});
	const pick = <Key>(weights: Map<Key, number>, max: number) =>
		[...weights]
			.filter(([, score]) => score >= threshold)
			.sort((a, b) => b[1] - a[1])
			.slice(0, max);
	return {
		sectors: pick(inferred.sectors, maxSectors).map(([sector, score]) => ({ sector, score })),
		sdgs: pick(inferred.sdgs, maxSdgs).map(([goal, score]) => ({ goal, score }))
	};
}
