import {
	CLOSE_REASONS,
	isStage,
	nextStages,
	PIPELINE,
	stageRank,
	type CloseReason,
	type Stage
} from './pipeline.rules.ts';

/**
 * The arithmetic of the pipeline board: how old a card is, when it is stale, and the conversion
 * figures — how many connections reached each stage and what share of them went on to the next.
 *
 * The pipeline is a funnel: a connection that reached a stage has passed every stage before it,
 * even one a broker skipped (a suggested match introduced directly) or one it was created past (a
 * requester's request starts at "introduction requested"). Creation counts as reaching the first
 * stage. Closing is leaving the funnel, not a stage of it.
 */

/** A card older than this in its stage is stale: the broker should look at it. */
export const STALE_AFTER_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since `since` (an ISO instant), never negative. */
export function daysSince(since: string, now: Date): number {
	const elapsed = now.getTime() - new Date(since).getTime();
	return Number.isFinite(elapsed) ? Math.max(0, Math.floor(elapsed / DAY_MS)) : 0;
}

/** Stale: waiting past the limit at a stage it can still leave (final stages never are). */
export function isStale(stage: Stage, ageDays: number): boolean {
	return nextStages(stage).length > 0 && ageDays > STALE_AFTER_DAYS;
}

/** The stage a card's quick move goes to: the next open stage of the pipeline, if any. */
export function mainNextStage(stage: Stage): Stage | null {
	const rank = stageRank(stage);
	if (rank < 0) return null;
	return PIPELINE[rank + 1] ?? null;
}

export interface ConnectionPath {
	connectionId: number;
	/** Where it is now. */
	stage: Stage;
	/** Every stage its transitions went from or to (in any order). */
	stages: readonly string[];
}

/** How far along the pipeline a connection got: the rank of the furthest open stage it reached. */
export function furthestRank(path: ConnectionPath): number {
	let furthest = 0; // creation reaches the first stage
	for (const stage of [path.stage, ...path.stages]) {
		if (isStage(stage)) furthest = Math.max(furthest, stageRank(stage));
	}
	return furthest;
}

export interface StageConversion {
	stage: Stage;
	/** Connections that ever reached this stage. */
	reached: number;
	/** Of those, how many reached the next stage (null at the last stage: there is none). */
	movedOn: number | null;
	/** movedOn / reached as a whole percentage (null when nothing reached it, or at the end). */
	percent: number | null;
}

/**
 * The funnel: for each open stage in order, how many connections reached it and how many of them
 * moved on to the next stage.
 * @example conversionByStage([{ connectionId: 1, stage: 'introduced', stages: [] }])
 *   // suggested: reached 1, moved on 1 (100 %); introduction requested: 1, 1; introduced: 1, 0 (0 %); …
 */
export function conversionByStage(paths: readonly ConnectionPath[]): StageConversion[] {
	const furthest = paths.map(furthestRank);
	const reachedRank = (rank: number) => furthest.filter((value) => value >= rank).length;
	return PIPELINE.map((stage, rank) => {
		const reached = reachedRank(rank);
		const last = rank === PIPELINE.length - 1;
		const movedOn = last ? null : reachedRank(rank + 1);
		return {
			stage,
			reached,
			movedOn,
			percent: movedOn === null || reached === 0 ? null : Math.round((movedOn / reached) * 100)
		};
	});
}

export interface ClosedCount {
	/** A known reason, or `unknown` for rows closed before reasons were required. */
	reason: CloseReason | 'unknown';
	count: number;
}

/** Closed connections by reason, every known reason listed (zero included), in the usual order. */
export function closedByReason(reasons: readonly (string | null)[]): ClosedCount[] {
	const counts = new Map<string, number>();
	for (const reason of reasons) {
		const key =
			reason !== null && (CLOSE_REASONS as readonly string[]).includes(reason) ? reason : 'unknown';
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const known: ClosedCount[] = CLOSE_REASONS.map((reason) => ({
		reason,
		count: counts.get(reason) ?? 0
	}));
	const unknown = counts.get('unknown') ?? 0;
	return unknown > 0 ? [...known, { reason: 'unknown', count: unknown }] : known;
}
