import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { conceptLexicon } from './concept-lexicon.ts';
import { MatchIndex } from './match-index.ts';
import {
	currentSearchGeneration,
	loadMatchableSolutions,
	solutionChangesBetween
} from './matching.repository.ts';

/**
 * One match index per database (per `Kysely` instance), kept up to date the way the search
 * catalog is (`../search/catalog.ts`): each ranking first reads `search_state.generation` (one
 * row); when it moved, only the solutions whose search document was written since are re-read and
 * re-analyzed. The first ranking of a process reads every published solution (about 0.7 ms a
 * solution, mostly the analyzer: 100,000 take about a minute, see README.md); later ones cost one
 * query unless something changed.
 */

const BATCH = 500;

interface CachedIndex {
	index: MatchIndex;
	generation: number;
	queue: Promise<unknown>;
}

const caches = new WeakMap<Kysely<Database>, CachedIndex>();

async function refresh(db: Kysely<Database>, cache: CachedIndex): Promise<void> {
	const generation = await currentSearchGeneration(db);
	if (generation === cache.generation) return;
	const changes = await solutionChangesBetween(db, cache.generation, generation);
	for (const change of changes) if (!change.live) cache.index.remove(change.solutionId);
	const live = changes.filter((change) => change.live).map((change) => change.solutionId);
	for (let start = 0; start < live.length; start += BATCH) {
		// better-sqlite3 answers synchronously: without this, a first build (about half a minute at
		// 100,000 solutions) would keep the server from answering anything until it is done.
		if (start > 0) await yieldToEventLoop();
		const batch = live.slice(start, start + BATCH);
		const solutions = await loadMatchableSolutions(db, batch);
		const found = new Set(solutions.map((solution) => solution.id));
		for (const solution of solutions) cache.index.upsert(solution);
		// Indexed as live but no longer published (a race with a later edit): drop it.
		for (const id of batch) if (!found.has(id)) cache.index.remove(id);
	}
	cache.generation = generation;
}

/**
 * The match index of a database, brought up to date with everything committed before the call.
 * Refreshes run one after another, so an older one never overwrites a newer one.
 */
export async function matchIndexFor(db: Kysely<Database>): Promise<MatchIndex> {
	let cache = caches.get(db);
	if (!cache) {
		cache = { index: new MatchIndex(conceptLexicon()), generation: -1, queue: Promise.resolve() };
		caches.set(db, cache);
	}
	const current = cache;
	const next = current.queue.catch(() => undefined).then(() => refresh(db, current));
	current.queue = next;
	await next;
	return current.index;
}
