/**
 * Context similarity: how alike the place where a solution was implemented is to the place of the
 * need, from the UN M49 geography and development groups of the countries (reference table
 * `countries`), the size of the cities where known (`cities.population`), and whether the two
 * sides share a working language. Each part is in [0, 1]; the result is their weighted mean.
 */

/** A country as context: its M49 codes and its development groups. */
export interface PlaceContext {
	country: string;
	region: number;
	subRegion: number;
	intermediateRegion: number | null;
	ldc: boolean;
	lldc: boolean;
	sids: boolean;
}

/** What a need or a solution brings to the comparison. */
export interface MatchContext {
	places: PlaceContext[];
	/** Populations of the cities concerned, where known. */
	populations: number[];
	/** Languages it works in (a need: those its requester can work in; a solution: original and translations). */
	languages: string[];
}

export const CONTEXT_WEIGHTS = { geography: 0.45, group: 0.2, citySize: 0.15, language: 0.2 };

/** The closest level of the M49 geography two places share, closest first. */
export const PLACE_LEVELS = ['country', 'intermediate-region', 'sub-region', 'region'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

const PROXIMITY: Readonly<Record<PlaceLevel, number>> = {
	country: 1,
	'intermediate-region': 0.8,
	'sub-region': 0.7,
	region: 0.4
};

/** The closest level two places share, or null when they are in different regions. */
export function sharedPlaceLevel(a: PlaceContext, b: PlaceContext): PlaceLevel | null {
	if (a.country === b.country) return 'country';
	if (a.intermediateRegion !== null && a.intermediateRegion === b.intermediateRegion) {
		return 'intermediate-region';
	}
	if (a.subRegion === b.subRegion) return 'sub-region';
	if (a.region === b.region) return 'region';
	return null;
}

/** Same country 1, same intermediate region 0.8, same sub-region 0.7, same region 0.4. */
export function geographicProximity(a: PlaceContext, b: PlaceContext): number {
	const level = sharedPlaceLevel(a, b);
	return level === null ? 0 : PROXIMITY[level];
}

/** Shares a least-developed, landlocked-developing or small-island-developing status. */
export function sharedDevelopmentGroup(a: PlaceContext, b: PlaceContext): number {
	const groups = (['ldc', 'lldc', 'sids'] as const).filter((group) => a[group]);
	if (groups.length === 0) return 0;
	return groups.filter((group) => b[group]).length / groups.length;
}

/** 1 for the same size, 0.5 for a tenfold difference, 0 for a hundredfold. */
export function citySizeSimilarity(a: number, b: number): number {
	if (!(a > 0) || !(b > 0)) return 0;
	return Math.max(0, 1 - Math.abs(Math.log10(a / b)) / 2);
}

export interface ContextParts {
	geography: number;
	group: number;
	citySize: number;
	language: number;
}

/**
 * Each part of the similarity, the best pair when either side has several places or cities.
 * @example contextParts(need, solution) // { geography: 0.7, group: 1, citySize: 0, language: 1 }
 */
export function contextParts(need: MatchContext, solution: MatchContext): ContextParts {
	let geography = 0;
	let group = 0;
	for (const a of need.places) {
		for (const b of solution.places) {
			geography = Math.max(geography, geographicProximity(a, b));
			group = Math.max(group, sharedDevelopmentGroup(a, b));
		}
	}
	let citySize = 0;
	for (const a of need.populations) {
		for (const b of solution.populations) citySize = Math.max(citySize, citySizeSimilarity(a, b));
	}
	const spoken = new Set(need.languages);
	const language = solution.languages.some((lang) => spoken.has(lang)) ? 1 : 0;
	return { geography, group, citySize, language };
}

/** The weighted mean of the parts, in [0, 1]. */
export function contextSimilarity(parts: ContextParts): number {
	return (
		CONTEXT_WEIGHTS.geography * parts.geography +
		CONTEXT_WEIGHTS.group * parts.group +
		CONTEXT_WEIGHTS.citySize * parts.citySize +
		CONTEXT_WEIGHTS.language * parts.language
	);
}
