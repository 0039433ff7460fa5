import type { CompiledLexicon, ConceptBag } from './concept-lexicon.ts';
import type { SectorSlug } from './lexicon/concept.ts';
import { SECTOR_GOALS } from './sector-goals.ts';

/**
 * Taxonomy overlap: the sector themes and SDGs a solution shares with a need. A need's tags are
 * what its requester ticked — often missing, incomplete or partly wrong — so they are merged with
 * the themes inferred from the concepts its text names (`inferTags`). Both become a weight per
 * sector and per goal in [0, 1]; a solution's overlap is the share of that weight its own tags
 * cover.
 */

/** Weight per sector slug or per goal number, each in [0, 1], the strongest 1. */
export type TagWeights<Key> = Map<Key, number>;

export interface InferredTags {
	sectors: TagWeights<SectorSlug>;
	sdgs: TagWeights<number>;
}

/** How much a concept's second and later sectors count, relative to its first. */
const SECONDARY_SECTOR_SHARE = 0.5;
/** How much a sector's second and later goals count, relative to its first. */
const SECONDARY_GOAL_SHARE = 0.4;
/** How much a goal a concept names itself counts against those of its sectors. */
const CONCEPT_GOAL_SHARE = 0.5;

function scaleToOne<Key>(weights: Map<Key, number>): Map<Key, number> {
	const top = Math.max(0, ...weights.values());
	if (top <= 0) return new Map();
	return new Map([...weights].map(([key, value]) => [key, value / top]));
}

/**
 * The sectors and goals a bag of concepts points to. `conceptWeight` says how much each concept
 * counts (e.g. its inverse document frequency, so "city" says little and "faecal sludge" much);
 * by default every mention counts the same.
 */
export function inferTags(
	lexicon: CompiledLexicon,
	bag: ConceptBag,
	conceptWeight: (concept: string, count: number) => number = (_, count) => count
): InferredTags {
	const sectors = new Map<SectorSlug, number>();
	const sdgs = new Map<number, number>();
	for (const [concept, count] of bag) {
		const spec = lexicon.concepts.get(concept);
		if (!spec || spec.sectors.length === 0) continue;
		const weight = conceptWeight(concept, count);
		if (weight <= 0) continue;
		spec.sectors.forEach((sector, index) => {
			const share = index === 0 ? 1 : SECONDARY_SECTOR_SHARE;
			sectors.set(sector, (sectors.get(sector) ?? 0) + weight * share);
		});
		for (const goal of spec.sdgs ?? []) {
			sdgs.set(goal, (sdgs.get(goal) ?? 0) + weight * CONCEPT_GOAL_SHARE);
		}
	}
	const sectorWeights = scaleToOne(sectors);
	for (const [sector, weight] of sectorWeights) {
		SECTOR_GOALS[sector].forEach((goal, index) => {
			const share = index === 0 ? 1 : SECONDARY_GOAL_SHARE;
			sdgs.set(goal, (sdgs.get(goal) ?? 0) + weight * share);
		});
	}
	return { sectors: sectorWeights, sdgs: scaleToOne(sdgs) };
}

/**
 * A need's weight per tag: the tags it carries count `tagged` (1 by default), inferred ones their
 * inferred weight times `inferred`; the larger wins, so a ticked tag is never weakened and a
 * missing one can be supplied by the text.
 */
export function mergeTagWeights<Key>(
	tagged: readonly Key[],
	inferred: TagWeights<Key>,
	{ tagWeight = 1, inferredWeight = 1 }: { tagWeight?: number; inferredWeight?: number } = {}
): TagWeights<Key> {
	const merged = new Map<Key, number>();
	for (const [key, weight] of inferred) merged.set(key, weight * inferredWeight);
	for (const key of tagged) merged.set(key, Math.max(merged.get(key) ?? 0, tagWeight));
	return merged;
}

/**
 * The share of the need's tag weight that a solution's tags cover, in [0, 1].
 * @example tagOverlap(new Map([['a', 1], ['b', 1]]), ['a', 'c']) === 0.5
 */
export function tagOverlap<Key>(need: TagWeights<Key>, solution: readonly Key[]): number {
	return overlapWith(need)(solution);
}

/**
 * `tagOverlap` for one need against many solutions: the need's total is summed once. The
 * solution's tags must not repeat (a profile's tags are distinct).
 */
export function overlapWith<Key>(need: TagWeights<Key>): (solution: readonly Key[]) => number {
	let total = 0;
	for (const weight of need.values()) total += weight;
	if (total <= 0) return () => 0;
	return (solution) => {
		let covered = 0;
		for (const key of solution) covered += need.get(key) ?? 0;
		return covered / total;
	};
}
