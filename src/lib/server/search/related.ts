import type { ReadContext } from '../context.ts';
import { catalogFor, byNewest, type CatalogEntry } from './catalog.ts';
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
	const solutions = catalog.newest('solution');
	const self = solutions.find((entry) => entry.recordId === solutionId);
	if (!self) return [];
	const scored = solutions
		.filter((entry) => entry !== self)
		.map((entry) => ({ entry, score: relatedness(self, entry) }))
		.filter(({ entry }) => shared(self, entry, 'sector') + shared(self, entry, 'sdg') > 0)
		.sort((a, b) => b.score - a.score || byNewest(a.entry, b.entry))
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
