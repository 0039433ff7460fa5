import type { Row } from '../db/database.ts';

/**
 * The brokering pipeline as a table: where a connection between a need and a provider, solution
 * or peer city may go from each stage.
 *
 * ```
 * suggested → introduction requested → introduced → in dialogue → agreement → pilot launched
 *      └──────────────┴───────────────────┴─────────────┴────────────┴──► closed (with a reason)
 * ```
 * Stages only move forward, one at a time, except that a broker may introduce a suggested match
 * directly (the request is implied). Closed and pilot launched are final. The requester may ask for
 * an introduction and may close their own connections; curators and admins make every move.
 */
export type Stage = Row<'connections'>['stage'];

export const STAGES: readonly Stage[] = [
	'suggested',
	'introduction-requested',
	'introduced',
	'in-dialogue',
	'agreement',
	'pilot-launched',
	'closed'
];

/** The open stages in order: the columns of the board. */
export const PIPELINE: readonly Stage[] = STAGES.filter((stage) => stage !== 'closed');

const NEXT: Readonly<Record<Stage, readonly Stage[]>> = {
	suggested: ['introduction-requested', 'introduced', 'closed'],
	'introduction-requested': ['introduced', 'closed'],
	introduced: ['in-dialogue', 'closed'],
	'in-dialogue': ['agreement', 'closed'],
	agreement: ['pilot-launched', 'closed'],
	'pilot-launched': [],
	closed: []
};

export function isStage(value: string): value is Stage {
	return (STAGES as readonly string[]).includes(value);
}

/** Where a connection may go from a stage. */
export function nextStages(stage: Stage): readonly Stage[] {
	return NEXT[stage];
}

export function canMove(from: Stage, to: Stage): boolean {
	return NEXT[from].includes(to);
}

/** Why a connection was closed: the board's figures count them by reason. */
export const CLOSE_REASONS = [
	'not-relevant',
	'no-response',
	'no-capacity',
	'no-funding',
	'duplicate',
	'need-withdrawn',
	'other'
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export function isCloseReason(value: string): value is CloseReason {
	return (CLOSE_REASONS as readonly string[]).includes(value);
}

/** The requester's own moves: ask for the introduction, or close. */
export function isRequesterMove(from: Stage, to: Stage): boolean {
	return canMove(from, to) && (to === 'introduction-requested' || to === 'closed');
}

/** The stage's position in the pipeline (closed counts as leaving it). */
export function stageRank(stage: Stage): number {
	return PIPELINE.indexOf(stage);
}
