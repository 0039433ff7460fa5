import type { ReadContext } from '../context.ts';
import { members, unite, wordsFor } from './bitset.ts';
import { catalogFor, type CatalogEntry, type SearchCatalog } from './catalog.ts';
import { SOLUTION_FACETS } from './facets.ts';
import { findSolutionIdBySlug } from './hits.repository.ts';
import { loadSolutionHits, type SolutionHit } from './hits.ts';

/**
 * How much two solutions have in common, from their facets: the same sector theme weighs most
 * (the same kind of problem), then a shared SDG, then the same part of the world (UN M49
 * sub-region or intermediate region), then the same cooperation modality.
 */
export const RELATED_WEIGHTS = { sector: 3, sdg: 2, region: 1, modality: 0.5 } as const;

function shared(a: CatalogEntry, b: CatalogEntry, facet: string): number {
	const mine = new Set((a.facets[facet] ?? []).map(String));
	return (b.facets[facet] ?? []).filter((value) => mine.has(String(value))).length;
}

export function relatedness(a: CatalogEntry, b: CatalogEntry): number {
	return (
		RELATED_WEIGHTS.sector * shared(a, b, 'sector') +
		RELATED_WEIGHTS.sdg * shared(a, b, 'sdg') +
		RELATED_WEIGHTS.region * Math.min(1, shared(a, b, 'region')) +
		RELATED_WEIGHTS.modality * shared(a, b, 'modality')
	);
}

function documentOf(catalog: SearchCatalog, solutionId: number): number {
	for (const entry of catalog.newest('solution')) {
		if (entry.recordId === solutionId) return entry.documentId;
	}
	return -1;
}

/**
 * The published solutions most like one solution (never itself), most related first, ties to
 * the newest. Only solutions sharing a sector or an SDG count as related.
 */
export async function relatedSolutions(
	context: ReadContext,
	solutionId: number,
	limit = 4
): Promise<SolutionHit[]> {
	const catalog = await catalogFor(context.db);
	const columns = catalog.columns('solution');
	const slot = columns.slotOf[documentOf(catalog, solutionId)] ?? -1;
	const self = columns.entries[slot];
	if (slot < 0 || !self) return [];
	// Only solutions sharing a sector or a goal are related: score just those (from the bitsets).
	const sharing = new Uint32Array(wordsFor(columns.entries.length));
	for (const facet of ['sector', 'sdg'] as const) {
		const index = SOLUTION_FACETS.indexOf(facet);
		for (const code of self.codes[index]!) unite(sharing, columns.bitsets[index]![code]!);
	}
	const scored = members(sharing)
		.filter((other) => other !== slot)
		.map((other) => ({
			entry: columns.entries[other]!,
			score: relatedness(self, columns.entries[other]!)
		}))
		.sort((a, b) => b.score - a.score || a.entry.rank - b.entry.rank)
		.slice(0, limit);
	return loadSolutionHits(
		context,
		scored.map(({ entry }) => entry),
		new Set()
	);
}

/** `relatedSolutions` of the solution at an address; none when it is not published. */
export async function relatedSolutionsBySlug(
	context: ReadContext,
	slug: string,
	limit = 4
): Promise<SolutionHit[]> {
	const id = await findSolutionIdBySlug(context.db, slug);
	return id === undefined ? [] : relatedSolutions(context, id, limit);
}
