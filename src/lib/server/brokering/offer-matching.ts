import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { conceptLexicon } from '../matching/concept-lexicon.ts';
import { MatchIndex } from '../matching/match-index.ts';
import { placeOf } from '../matching/matching.repository.ts';
import type { MatchContext } from '../matching/context-similarity.ts';
import {
	needContext,
	needQuery,
	rankerSettings,
	type NeedToMatch
} from '../matching/matching.service.ts';
import type { ComponentName } from '../matching/score-combination.ts';
import { SECTOR_GOALS } from '../matching/sector-goals.ts';
import type { MatchableSolution } from '../matching/solution-profile.ts';
import { rankSolutions } from '../matching/solution-ranker.ts';
import {
	findOffersChangedSince,
	loadOffersToMatch,
	offerIndexState,
	type OfferToMatchRow
} from './offers.repository.ts';

/**
 * Ranks the active offers for a need with the machinery that ranks solutions (`../matching/`):
 * each offer is read as a solution whose only text is its title and description, whose SDGs are
 * those its sectors serve, and whose place is its organization's country. The index is a
 * separate `MatchIndex`, one per database, so offers never mix with solutions.
 */

export interface OfferMatch {
	offerId: number;
	organizationId: number;
	score: number;
	/** Weighted contribution of each component; they add up to `score`. */
	contributions: Record<ComponentName, number>;
	/** Lexicon concepts both texts name, the rarest (most telling) first. */
	concepts: string[];
}

const SECTOR_GOALS_BY_SLUG: Readonly<Record<string, readonly number[] | undefined>> = SECTOR_GOALS;

/**
 * An offer as the matcher reads a solution: one text in its language, the goals its sectors
 * serve, the offering organization as provider and its country as the place. Offers document no
 * results or places of implementation, so their evidence is nil for all alike.
 */
export function offerAsMatchable(offer: OfferToMatchRow): MatchableSolution {
	return {
		id: offer.id,
		language: offer.language,
		texts: [
			{ language: offer.language, title: offer.title, body: [offer.description], results: '' }
		],
		sectors: offer.sectors,
		sdgs: [...new Set(offer.sectors.flatMap((slug) => SECTOR_GOALS_BY_SLUG[slug] ?? []))],
		context: {
			places: offer.place ? [placeOf(offer.place)] : [],
			populations: [],
			languages: [...new Set([offer.language, ...offer.languages])]
		},
		placeCount: 0,
		providerIds: [offer.organizationId],
		cityIds: []
	};
}

const BATCH = 500;

interface CachedOfferIndex {
	index: MatchIndex;
	/** Every offer id seen, active or not: a count below their number means a delete. */
	known: Set<number>;
	/** The latest `updated_at` read; null before the first read. */
	latest: string | null;
	queue: Promise<unknown>;
}

const caches = new WeakMap<Kysely<Database>, CachedOfferIndex>();

async function reload(db: Kysely<Database>, cache: CachedOfferIndex, ids: number[]) {
	for (let start = 0; start < ids.length; start += BATCH) {
		const batch = ids.slice(start, start + BATCH);
		const offers = await loadOffersToMatch(db, batch);
		const active = new Set(offers.map((offer) => offer.id));
		for (const offer of offers) cache.index.upsert(offerAsMatchable(offer));
		// Withdrawn (or withdrawn again by a later edit): out of the index.
		for (const id of batch) if (!active.has(id)) cache.index.remove(id);
	}
}

/**
 * Brings the index up to date from `count(*)` and `max(updated_at)` of the offers: when the
 * latest change moved, only offers changed since are re-read (those at the last instant too, in
 * case two writes shared it); when there are fewer offers than were seen, one was deleted and
 * the index is rebuilt. Every write of an offer sets `updated_at`, so an edit, a withdrawal or a
 * restoration is seen on the next call. (A write whose transaction began before, and committed
 * after, a later one that was already read could be missed until the offer changes again; offer
 * writes are rare and short, and a restart rebuilds.)
 */
async function refresh(db: Kysely<Database>, cache: CachedOfferIndex): Promise<void> {
	const state = await offerIndexState(db);
	if (state.count === cache.known.size && state.latest === cache.latest) return;
	let changed = await findOffersChangedSince(db, cache.latest);
	const added = changed.filter((offer) => !cache.known.has(offer.id)).length;
	if (cache.known.size + added !== state.count) {
		// Something was deleted (perhaps alongside an addition): start over.
		cache.index = new MatchIndex(conceptLexicon());
		cache.known = new Set();
		cache.latest = null;
		changed = await findOffersChangedSince(db, null);
	}
	await reload(
		db,
		cache,
		changed.map((offer) => offer.id)
	);
	for (const offer of changed) cache.known.add(offer.id);
	cache.latest = changed.reduce<string | null>(
		(latest, offer) => (latest === null || offer.updated_at > latest ? offer.updated_at : latest),
		cache.latest
	);
}

/** The offer index of a database, up to date with everything committed before the call. */
async function offerIndexFor(db: Kysely<Database>): Promise<MatchIndex> {
	let cache = caches.get(db);
	if (!cache) {
		cache = {
			index: new MatchIndex(conceptLexicon()),
			known: new Set(),
			latest: null,
			queue: Promise.resolve()
		};
		caches.set(db, cache);
	}
	const current = cache;
	// One refresh after another, so an older one never overwrites a newer one.
	const next = current.queue.catch(() => undefined).then(() => refresh(db, current));
	current.queue = next;
	await next;
	return current.index;
}

/**
 * The active offers that best answer a need, best first, each with the contribution of every
 * ranking component — the same ranker, settings and need context as `matchSolutions`.
 * @example const [best] = await matchOffers(db, { title: 'Compostage', description: '…', language: 'fr' });
 */
export async function matchOffers(
	db: Kysely<Database>,
	need: NeedToMatch,
	limit = 20,
	knownContext?: MatchContext
): Promise<OfferMatch[]> {
	const [index, context] = await Promise.all([
		offerIndexFor(db),
		knownContext ?? needContext(db, need)
	]);
	const { matches } = rankSolutions(index, needQuery(need, context), rankerSettings(), limit);
	return matches.map((match) => {
		const slot = index.slotOf(match.solutionId);
		const profile = slot === undefined ? null : index.profiles[slot];
		return {
			offerId: match.solutionId,
			organizationId: profile?.providerIds[0] ?? 0,
			score: match.score,
			contributions: match.contributions,
			concepts: match.concepts
		};
	});
}
