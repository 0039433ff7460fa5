import { intersect, intersectionSize, size, unite, type Bitset } from './bitset.ts';
import type { FacetDictionary, KindColumns } from './catalog.ts';

/**
 * Facet filtering and counting over catalog entries. Values of one facet are alternatives (any
 * of them matches); different facets must all match. Counts are "disjunctive": the counts of a
 * facet are computed with every other facet's filter applied but not its own, so a reader sees
 * how many results each alternative would add.
 */
export const SOLUTION_FACETS = [
	'sdg',
	'sector',
	'region',
	'country',
	'lang',
	'modality',
	'provider',
	'year'
] as const;

export type FacetName = (typeof SOLUTION_FACETS)[number];
export type FacetFilters = Record<FacetName, (string | number)[]>;

export interface FacetOutcome {
	/** The slots passing every filter. */
	matches: Bitset;
	/** Per facet: value (as text) → number of results with it, other facets' filters applied. */
	counts: Record<FacetName, Map<string, number>>;
	/** Per facet: how many results there would be without that facet's filter. */
	totalWithout: Record<FacetName, number>;
}

/** Filters the `candidates` (slots) of one kind's documents and counts every facet's values. */
export function applyFacets(
	columns: KindColumns,
	candidates: Bitset,
	filters: FacetFilters,
	dictionary: FacetDictionary
): FacetOutcome {
	const { bitsets } = columns;
	// Per filtered facet: the slots having any of the wanted values.
	const wanted = new Map<number, Bitset>();
	SOLUTION_FACETS.forEach((facet, index) => {
		if (filters[facet].length === 0) return;
		const union = new Uint32Array(candidates.length);
		for (const value of filters[facet]) {
			const code = dictionary.find(index, String(value));
			if (code >= 0 && bitsets[index]![code]) unite(union, bitsets[index]![code]!);
		}
		wanted.set(index, union);
	});
	const passing = (except: number) => {
		const set = Uint32Array.from(candidates);
		for (const [facet, union] of wanted) if (facet !== except) intersect(set, union);
		return set;
	};
	const matches = passing(-1);
	const counts = {} as Record<FacetName, Map<string, number>>;
	const totalWithout = {} as Record<FacetName, number>;
	SOLUTION_FACETS.forEach((facet, index) => {
		const base = wanted.has(index) ? passing(index) : matches;
		const map = new Map<string, number>();
		bitsets[index]!.forEach((set, code) => {
			const count = intersectionSize(set, base);
			if (count > 0) map.set(dictionary.value(index, code), count);
		});
		counts[facet] = map;
		totalWithout[facet] = size(base);
	});
	return { matches, counts, totalWithout };
}
