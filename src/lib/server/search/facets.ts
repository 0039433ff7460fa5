import type { CatalogEntry } from './catalog.ts';

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
	/** Entries passing every filter, in the order given. */
	matches: CatalogEntry[];
	/** Per facet: value (as text) → number of results with it, other facets' filters applied. */
	counts: Record<FacetName, Map<string, number>>;
	/** Per facet: how many results there would be without that facet's filter. */
	totalWithout: Record<FacetName, number>;
}

export function applyFacets(entries: Iterable<CatalogEntry>, filters: FacetFilters): FacetOutcome {
	const active = SOLUTION_FACETS.filter((facet) => filters[facet].length > 0).map(
		(facet) => [facet, new Set(filters[facet].map(String))] as const
	);
	const counts = Object.fromEntries(SOLUTION_FACETS.map((f) => [f, new Map()])) as Record<
		FacetName,
		Map<string, number>
	>;
	const totalWithout = Object.fromEntries(SOLUTION_FACETS.map((f) => [f, 0])) as Record<
		FacetName,
		number
	>;
	const matches: CatalogEntry[] = [];
	const count = (facet: FacetName, entry: CatalogEntry) => {
		const map = counts[facet];
		for (const value of new Set((entry.facets[facet] ?? []).map(String))) {
			map.set(value, (map.get(value) ?? 0) + 1);
		}
	};
	for (const entry of entries) {
		let failed: FacetName | null = null;
		let failures = 0;
		for (const [facet, wanted] of active) {
			const values = entry.facets[facet] ?? [];
			if (!values.some((value) => wanted.has(String(value)))) {
				failures += 1;
				failed = facet;
				if (failures > 1) break;
			}
		}
		if (failures === 0) {
			matches.push(entry);
			for (const facet of SOLUTION_FACETS) {
				count(facet, entry);
				totalWithout[facet] += 1;
			}
		} else if (failures === 1 && failed) {
			count(failed, entry);
			totalWithout[failed] += 1;
		}
	}
	return { matches, counts, totalWithout };
}
