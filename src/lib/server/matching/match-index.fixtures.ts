import type { MatchableSolution } from './solution-profile.ts';

/** A solution for matching tests: one text in one language, no tags or places unless given. */
export function solution(
	id: number,
	language: string,
	title: string,
	body: string,
	overrides: Partial<MatchableSolution> = {}
): MatchableSolution {
	return {
		id,
		language,
		texts: [{ language, title, body: [body], results: '' }],
		sectors: [],
		sdgs: [],
		context: { places: [], populations: [], languages: [language] },
		placeCount: 1,
		providerIds: [],
		cityIds: [],
		...overrides
	};
}
