import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { MatchContext } from './context-similarity.ts';
import { matchIndexFor } from './match-index-cache.ts';
import { findCityPopulation, findPlaceContext } from './matching.repository.ts';
import { DEFAULT_RANKER, RANKERS } from './rankers.ts';
import {
	rankSolutions,
	type NeedQuery,
	type RankerSettings,
	type RankResult
} from './solution-ranker.ts';

/**
 * Matchmaking use-cases: rank the published solutions for a need. Visibility of the need itself
 * is the caller's concern (the need's policy); every published solution may be suggested.
 */

/** A need as the ranker reads it (a saved need, or a need form being filled in). */
export interface NeedToMatch {
	title: string;
	description: string;
	/** What the requester already tried: matched like the description. */
	tried?: string | null;
	language: string;
	sectors?: readonly string[];
	sdgs?: readonly number[];
	countryCode?: string | null;
	cityId?: number | null;
	/** Languages the requester can work in; the need's own language is always one. */
	languages?: readonly string[];
}

export interface MatchOptions {
	/** A named ranker (`RANKERS`) or settings; the platform's hybrid ranker by default. */
	ranker?: string | RankerSettings;
	/** How many matches to return. */
	limit?: number;
	/** The need's context when the caller already read it (`needContext`). */
	context?: MatchContext;
}

/** The need's place, city size and languages, from the reference tables. */
export async function needContext(
	db: Kysely<Database>,
	need: Pick<NeedToMatch, 'countryCode' | 'cityId' | 'language' | 'languages'>
): Promise<MatchContext> {
	const [place, population] = await Promise.all([
		need.countryCode ? findPlaceContext(db, need.countryCode) : null,
		need.cityId ? findCityPopulation(db, need.cityId) : null
	]);
	return {
		places: place ? [place] : [],
		populations: population ? [population] : [],
		languages: [...new Set([need.language, ...(need.languages ?? [])])]
	};
}

export function rankerSettings(ranker: string | RankerSettings = DEFAULT_RANKER): RankerSettings {
	if (typeof ranker !== 'string') return ranker;
	const settings = RANKERS[ranker];
	if (!settings) throw new Error(`unknown ranker "${ranker}" (${Object.keys(RANKERS).join(', ')})`);
	return settings;
}

/**
 * The published solutions that best answer a need, best first, each with the contribution of
 * every ranking component (see `solution-ranker.ts`).
 * @example const { matches } = await matchSolutions(db, { title, description, language: 'fr' });
 */
export async function matchSolutions(
	db: Kysely<Database>,
	need: NeedToMatch,
	options: MatchOptions = {}
): Promise<RankResult> {
	const [index, context] = await Promise.all([
		matchIndexFor(db),
		options.context ?? needContext(db, need)
	]);
	return rankSolutions(
		index,
		needQuery(need, context),
		rankerSettings(options.ranker),
		options.limit ?? 20
	);
}

/** A need as the ranker reads it: what it already tried is matched like its description. */
export function needQuery(need: NeedToMatch, context: MatchContext): NeedQuery {
	return {
		title: need.title,
		description: need.tried ? `${need.description}\n${need.tried}` : need.description,
		language: need.language,
		sectors: need.sectors ?? [],
		sdgs: need.sdgs ?? [],
		context
	};
}
