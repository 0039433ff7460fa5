import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import {
	contextParts,
	contextSimilarity,
	type MatchContext
} from '../matching/context-similarity.ts';
import { matchIndexFor } from '../matching/match-index-cache.ts';
import { needContext, matchSolutions, type NeedToMatch } from '../matching/matching.service.ts';
import type { ComponentName } from '../matching/score-combination.ts';
import type { NeedAnalysis } from '../matching/solution-ranker.ts';
import { explainMatch, type MatchExplanation } from './match-explanation.ts';
import { loadCityContexts } from './need-ranking.repository.ts';
import { matchOffers, offerAsMatchable } from './offer-matching.ts';
import { loadOffersToMatch } from './offers.repository.ts';

/**
 * The three lists of matches for a need (DESIGN.md "match"): documented solutions, providers
 * (organizations with relevant solutions or offers) and peer cities (cities that implemented
 * relevant solutions). Solutions come straight from the hybrid ranker (`../matching`); providers
 * and peer cities are built from the best solutions and offers, so every list keeps the
 * contributions of the ranking components and an explanation derived from them.
 */

export type TargetKind = 'solution' | 'provider' | 'peer-city';

export interface RankedTarget {
	/** `solution:12`, `provider:4`, `peer-city:9`: how connections and dismissals name it. */
	key: string;
	kind: TargetKind;
	id: number;
	score: number;
	contributions: Record<ComponentName, number>;
	explanation: MatchExplanation;
	/** Why a provider or a city is here: its relevant solutions (best first) and best offer. */
	basis: { solutionIds: number[]; offerId: number | null };
}

export interface RankedNeedMatches {
	solutions: RankedTarget[];
	providers: RankedTarget[];
	peerCities: RankedTarget[];
}

export interface RankingOptions {
	/** Per list (10 by default). */
	limit?: number;
	/** The need's own organization and city are not matches for it. */
	excludeOrganizationId?: number | null;
	excludeCityId?: number | null;
}

/** Solutions read to build the provider and peer-city lists. */
const SOLUTION_POOL = 200;
const OFFER_POOL = 50;
/** Each further relevant solution of a provider adds this much evidence, up to three of them. */
const TRACK_RECORD_STEP = 0.04;
const TRACK_RECORD_MAX = 3;
/** A provider's other solutions count as a track record from this share of its best score. */
const TRACK_RECORD_SHARE = 0.6;
/**
 * For a city-to-city exchange, how alike the two cities are matters more than for adopting a
 * documented solution: a peer city's context weighs this much (a solution's 0.03).
 */
export const PEER_CONTEXT_WEIGHT = 0.15;

export const keyOf = (kind: TargetKind, id: number) => `${kind}:${id}`;

export function parseTargetKey(key: string): { kind: TargetKind; id: number } | null {
	const match = /^(solution|provider|peer-city):([1-9][0-9]{0,9})$/.exec(key);
	return match ? { kind: match[1] as TargetKind, id: Number(match[2]) } : null;
}

function sumOf(contributions: Record<ComponentName, number>): number {
	return Object.values(contributions).reduce((sum, value) => sum + value, 0);
}

/** A provider or peer city, scored but not yet explained. */
interface UnexplainedTarget {
	id: number;
	candidate: Candidate;
	basis: RankedTarget['basis'];
}

interface Candidate {
	score: number;
	contributions: Record<ComponentName, number>;
	concepts: string[];
	sectors: readonly string[];
	sdgs: readonly number[];
	context: MatchContext;
	evidence?: { figures: number; places: number; replicationMentions: number };
}

function explained(
	kind: TargetKind,
	id: number,
	candidate: Candidate,
	need: { analysis: NeedAnalysis; context: MatchContext },
	basis: RankedTarget['basis']
): RankedTarget {
	return {
		key: keyOf(kind, id),
		kind,
		id,
		score: candidate.score,
		contributions: candidate.contributions,
		explanation: explainMatch({
			contributions: candidate.contributions,
			concepts: candidate.concepts,
			needSectors: need.analysis.sectors,
			needSdgs: need.analysis.sdgs,
			matchSectors: candidate.sectors,
			matchSdgs: candidate.sdgs,
			needContext: need.context,
			matchContext: candidate.context,
			evidence: candidate.evidence
		}),
		basis
	};
}

/**
 * Ranks solutions, providers and peer cities for a need.
 * @example const { solutions, providers, peerCities } = await rankNeedMatches(db, need)
 */
export async function rankNeedMatches(
	db: Kysely<Database>,
	need: NeedToMatch,
	{ limit = 10, excludeOrganizationId = null, excludeCityId = null }: RankingOptions = {}
): Promise<RankedNeedMatches> {
	// The need's place and languages are read once, for solutions, offers and cities alike.
	const context = await needContext(db, need);
	const [ranked, index, offers] = await Promise.all([
		matchSolutions(db, need, { limit: SOLUTION_POOL, context }),
		matchIndexFor(db),
		matchOffers(db, need, OFFER_POOL, context)
	]);
	const needSide = { analysis: ranked.need, context };
	const candidates = ranked.matches.flatMap((match) => {
		const slot = index.slotOf(match.solutionId);
		const profile = slot === undefined ? null : index.profiles[slot];
		if (!profile) return [];
		const candidate: Candidate = {
			score: match.score,
			contributions: match.contributions,
			concepts: match.concepts,
			sectors: profile.sectors,
			sdgs: profile.sdgs,
			context: profile.context,
			evidence: profile.evidence
		};
		return [{ match, profile, candidate }];
	});

	const solutions = candidates.slice(0, limit).map(({ match, candidate }) =>
		explained('solution', match.solutionId, candidate, needSide, {
			solutionIds: [match.solutionId],
			offerId: null
		})
	);

	// Providers: the best of their solutions and offers, plus a little for a track record.
	const providers = new Map<
		number,
		{ best: Candidate; solutionIds: number[]; offerId: number | null }
	>();
	for (const { match, profile, candidate } of candidates) {
		for (const organizationId of new Set(profile.providerIds)) {
			if (organizationId === excludeOrganizationId) continue;
			const entry = providers.get(organizationId);
			if (!entry)
				providers.set(organizationId, {
					best: candidate,
					solutionIds: [match.solutionId],
					offerId: null
				});
			else entry.solutionIds.push(match.solutionId);
		}
	}
	// The offers as the ranker read them: their sectors, the goals those serve, their context.
	const offerProfiles = new Map(
		(
			await loadOffersToMatch(
				db,
				offers.map((offer) => offer.offerId)
			)
		).map((row) => [row.id, offerAsMatchable(row)])
	);
	for (const offer of offers) {
		if (offer.organizationId === excludeOrganizationId) continue;
		const profile = offerProfiles.get(offer.offerId);
		if (!profile) continue;
		const candidate: Candidate = {
			score: offer.score,
			contributions: offer.contributions,
			concepts: offer.concepts,
			sectors: profile.sectors,
			sdgs: profile.sdgs,
			context: profile.context
		};
		const entry = providers.get(offer.organizationId);
		if (!entry) {
			providers.set(offer.organizationId, {
				best: candidate,
				solutionIds: [],
				offerId: offer.offerId
			});
		} else if (entry.offerId === null) {
			entry.offerId = offer.offerId;
			if (candidate.score > entry.best.score) entry.best = candidate;
		}
	}
	const scoreById = new Map(candidates.map(({ match }) => [match.solutionId, match.score]));
	const providerList = [...providers].map(([organizationId, entry]) => {
		const floor = entry.best.score * TRACK_RECORD_SHARE;
		const others =
			entry.solutionIds.filter((id) => (scoreById.get(id) ?? 0) >= floor).length -
			(entry.best.evidence ? 1 : 0);
		const bonus = TRACK_RECORD_STEP * Math.min(Math.max(others, 0), TRACK_RECORD_MAX);
		const contributions = {
			...entry.best.contributions,
			evidence: entry.best.contributions.evidence + bonus
		};
		const candidate = { ...entry.best, contributions, score: sumOf(contributions) };
		return {
			id: organizationId,
			candidate,
			basis: { solutionIds: entry.solutionIds, offerId: entry.offerId }
		};
	});

	// Peer cities: where the relevant solutions were implemented, weighed by how alike the cities are.
	const cityBest = new Map<number, { candidate: Candidate; solutionIds: number[] }>();
	for (const { match, profile, candidate } of candidates) {
		for (const cityId of new Set(profile.cityIds)) {
			if (cityId === excludeCityId) continue;
			const entry = cityBest.get(cityId);
			if (!entry) cityBest.set(cityId, { candidate, solutionIds: [match.solutionId] });
			else entry.solutionIds.push(match.solutionId);
		}
	}
	const cityContexts = await loadCityContexts(db, [...cityBest.keys()]);
	const peerCities = [...cityBest].flatMap(([cityId, entry]) => {
		const city = cityContexts.get(cityId);
		if (!city) return [];
		const cityContext: MatchContext = {
			places: city.place ? [city.place] : [],
			populations: city.population ? [city.population] : [],
			languages: entry.candidate.context.languages
		};
		const similarity = contextSimilarity(contextParts(context, cityContext));
		const contributions = {
			...entry.candidate.contributions,
			context: PEER_CONTEXT_WEIGHT * similarity
		};
		const candidate = {
			...entry.candidate,
			context: cityContext,
			contributions,
			score: sumOf(contributions)
		};
		return [{ id: cityId, candidate, basis: { solutionIds: entry.solutionIds, offerId: null } }];
	});

	// Only the targets shown are explained (an explanation does not change the order).
	const best = (kind: TargetKind, targets: UnexplainedTarget[]) =>
		targets
			.sort((a, b) => b.candidate.score - a.candidate.score || a.id - b.id)
			.slice(0, limit)
			.map(({ id, candidate, basis }) => explained(kind, id, candidate, needSide, basis));
	return {
		solutions,
		providers: best('provider', providerList),
		peerCities: best('peer-city', peerCities)
	};
}
