import {
	contextParts,
	PLACE_LEVELS,
	sharedPlaceLevel,
	type MatchContext,
	type PlaceContext,
	type PlaceLevel
} from '../matching/context-similarity.ts';
import type { EvidenceFeatures } from '../matching/evidence.ts';
import { COMPONENTS, type ComponentName } from '../matching/score-combination.ts';

/**
 * Why a need and a match go together, derived from the numbers the ranker produced — never
 * written separately. Each ranking component that contributed to the score gives a reason, in the
 * order of how much it contributed; a component that contributed nothing gives none. The reasons
 * carry values (concepts, sector slugs, goal numbers, places, languages), and the page words them
 * in the reader's language: "same problem: market waste composting · SDG 11, 12 · West Africa ·
 * works in French".
 */

export type DevelopmentGroup = 'ldc' | 'lldc' | 'sids';

export type MatchReason =
	/** Concepts both texts name (concept ids, the most telling first). */
	| { kind: 'problem'; concepts: string[] }
	/** The texts share words but no lexicon concept. */
	| { kind: 'wording' }
	| { kind: 'sectors'; sectors: string[] }
	| { kind: 'sdgs'; goals: number[] }
	/** The closest the two places come: the country, or the region they share (M49). */
	| { kind: 'place'; level: PlaceLevel; country: string }
	| { kind: 'development-group'; groups: DevelopmentGroup[] }
	| { kind: 'city-size'; population: number }
	| { kind: 'language'; languages: string[] }
	| { kind: 'evidence'; figures: number; places: number };

export interface ComponentShare {
	name: ComponentName;
	/** Weighted contribution to the score. */
	contribution: number;
	/** Its part of the score, 0–1. */
	share: number;
}

export interface MatchExplanation {
	reasons: MatchReason[];
	/** Every component with what it added, largest first (those that added nothing last). */
	components: ComponentShare[];
}

/** What the explanation reads besides the contributions: the two sides' tags and contexts. */
export interface ExplanationInput {
	contributions: Readonly<Record<ComponentName, number>>;
	/** Concepts both texts name, the most telling first (from the ranker). */
	concepts: readonly string[];
	/** The need's sectors and goals: its own tags merged with those its text suggests. */
	needSectors: ReadonlyMap<string, number>;
	needSdgs: ReadonlyMap<number, number>;
	matchSectors: readonly string[];
	matchSdgs: readonly number[];
	needContext: MatchContext;
	matchContext: MatchContext;
	evidence?: EvidenceFeatures;
}

const MAX_CONCEPTS = 3;
/** A city counts as "of similar size" from this similarity up (at most about 1.7 times apart). */
const SIMILAR_SIZE = 0.88;

/** The closest pair of places: the level they share and the match's country. */
function closestPlace(need: PlaceContext[], match: PlaceContext[]) {
	let best: { level: PlaceLevel; rank: number; country: string } | null = null;
	for (const a of need) {
		for (const b of match) {
			const level = sharedPlaceLevel(a, b);
			if (level === null) continue;
			const rank = PLACE_LEVELS.indexOf(level);
			if (!best || rank < best.rank) best = { level, rank, country: b.country };
		}
	}
	return best;
}

function sharedGroups(need: PlaceContext[], match: PlaceContext[]): DevelopmentGroup[] {
	const groups = new Set<DevelopmentGroup>();
	for (const a of need) {
		for (const b of match) {
			for (const group of ['ldc', 'lldc', 'sids'] as const)
				if (a[group] && b[group]) groups.add(group);
		}
	}
	return [...groups];
}

/** The match's city population closest to the need's, when the two are of similar size. */
function similarPopulation(need: MatchContext, match: MatchContext): number | null {
	let best: { population: number; ratio: number } | null = null;
	for (const a of need.populations) {
		for (const b of match.populations) {
			const ratio = Math.abs(Math.log10(a / b));
			if (!best || ratio < best.ratio) best = { population: b, ratio };
		}
	}
	return best && 1 - best.ratio / 2 >= SIMILAR_SIZE ? best.population : null;
}

function contextReasons(input: ExplanationInput): MatchReason[] {
	const parts = contextParts(input.needContext, input.matchContext);
	const reasons: MatchReason[] = [];
	if (parts.geography > 0) {
		const place = closestPlace(input.needContext.places, input.matchContext.places);
		if (place) reasons.push({ kind: 'place', level: place.level, country: place.country });
	}
	if (parts.group > 0) {
		const groups = sharedGroups(input.needContext.places, input.matchContext.places);
		if (groups.length > 0) reasons.push({ kind: 'development-group', groups });
	}
	if (parts.citySize > 0) {
		const population = similarPopulation(input.needContext, input.matchContext);
		if (population !== null) reasons.push({ kind: 'city-size', population });
	}
	if (parts.language > 0) {
		const spoken = new Set(input.needContext.languages);
		const languages = input.matchContext.languages.filter((language) => spoken.has(language));
		if (languages.length > 0) reasons.push({ kind: 'language', languages });
	}
	return reasons;
}

/** The reasons one component gives, or none. */
function reasonsOf(component: ComponentName, input: ExplanationInput): MatchReason[] {
	switch (component) {
		case 'concepts':
			return input.concepts.length > 0
				? [{ kind: 'problem', concepts: input.concepts.slice(0, MAX_CONCEPTS) }]
				: [];
		case 'text':
			// Shared words say less than shared concepts: only when no concept was shared.
			return input.concepts.length === 0 || input.contributions.concepts === 0
				? [{ kind: 'wording' }]
				: [];
		case 'sectors': {
			const sectors = input.matchSectors
				.filter((sector) => (input.needSectors.get(sector) ?? 0) > 0)
				.sort((a, b) => (input.needSectors.get(b) ?? 0) - (input.needSectors.get(a) ?? 0));
			return sectors.length > 0 ? [{ kind: 'sectors', sectors }] : [];
		}
		case 'sdgs': {
			const goals = input.matchSdgs
				.filter((goal) => (input.needSdgs.get(goal) ?? 0) > 0)
				.sort((a, b) => a - b);
			return goals.length > 0 ? [{ kind: 'sdgs', goals }] : [];
		}
		case 'context':
			return contextReasons(input);
		case 'evidence':
			return input.evidence
				? [{ kind: 'evidence', figures: input.evidence.figures, places: input.evidence.places }]
				: [];
	}
}

/**
 * The explanation of one match.
 * @example explainMatch({ contributions: { concepts: 0.3, sectors: 0.4, … }, concepts: ['compost'], … })
 *   // reasons: [{ kind: 'sectors', … }, { kind: 'problem', concepts: ['compost'] }, …]
 */
export function explainMatch(input: ExplanationInput): MatchExplanation {
	const score = COMPONENTS.reduce((sum, name) => sum + input.contributions[name], 0);
	const components = COMPONENTS.map((name) => ({
		name,
		contribution: input.contributions[name],
		share: score > 0 ? input.contributions[name] / score : 0
	})).sort((a, b) => b.contribution - a.contribution);
	const reasons = components
		.filter((component) => component.contribution > 0)
		.flatMap((component) => reasonsOf(component.name, input));
	return { reasons, components };
}
