import type { Row } from '../db/database.ts';

/**
 * The life of a solution, as a table: who moves it where.
 *
 * ```
 * draft ──submit──► submitted ──publish──────────► published (edits record versions)
 *   ▲                  │ │                             │
 *   │                  │ └──reject──► rejected (final) └──archive──► archived (off the site)
 *   └─ changes-requested ◄──request-changes
 *          └──submit──► submitted
 * ```
 * Owners (the creator and the submitting organization's active members) submit; curators and
 * admins decide, and may take a published solution off the site by archiving it.
 */
export type SolutionStatus = Row<'solutions'>['status'];
export type ReviewAction = Row<'solution_reviews'>['action'];

export type WorkflowAction = 'submit' | 'publish' | 'request-changes' | 'reject' | 'archive';
export type ModerationDecision = Exclude<WorkflowAction, 'submit'>;

export const MODERATION_DECISIONS: readonly ModerationDecision[] = [
	'publish',
	'request-changes',
	'reject',
	'archive'
];

interface Transition {
	from: readonly SolutionStatus[];
	to: SolutionStatus;
	/** What the moderation log records. */
	review: ReviewAction;
	/** Whether the actor must say why (a comment for the owner, or a reason). */
	needsComment: boolean;
}

export const TRANSITIONS: Record<WorkflowAction, Transition> = {
	submit: {
		from: ['draft', 'changes-requested'],
		to: 'submitted',
		review: 'submitted',
		needsComment: false
	},
	publish: { from: ['submitted'], to: 'published', review: 'published', needsComment: false },
	'request-changes': {
		from: ['submitted'],
		to: 'changes-requested',
		review: 'changes-requested',
		needsComment: true
	},
	reject: { from: ['submitted'], to: 'rejected', review: 'rejected', needsComment: true },
	archive: { from: ['published'], to: 'archived', review: 'archived', needsComment: false }
};

/** Where an action takes a solution from a status, or null when the move is not allowed. */
export function nextStatus(status: SolutionStatus, action: WorkflowAction): SolutionStatus | null {
	const transition = TRANSITIONS[action];
	return transition.from.includes(status) ? transition.to : null;
}

export function isModerationDecision(value: string): value is ModerationDecision {
	return (MODERATION_DECISIONS as readonly string[]).includes(value);
}

/**
 * How much a save must validate, or null when the solution cannot be edited in this status:
 * - `draft`: only a title is needed (drafts and solutions sent back for changes);
 * - `complete`: everything a published solution needs (published ones stay complete; curators may
 *   correct a submitted one before deciding).
 * Owners cannot edit while a curator reviews, nor after a rejection.
 */
export type EditLevel = 'draft' | 'complete';

export function editLevel(status: SolutionStatus, moderator: boolean): EditLevel | null {
	switch (status) {
		case 'draft':
		case 'changes-requested':
			return 'draft';
		case 'submitted':
			return moderator ? 'complete' : null;
		case 'published':
			return 'complete';
		case 'rejected':
		case 'archived':
			return null;
	}
}

/** Edits of a published solution are recorded as versions; other edits are work in progress. */
export function recordsVersion(status: SolutionStatus): boolean {
	return status === 'published';
}

/** Whether owners may still send the solution to review from this status. */
export function canBeSubmitted(status: SolutionStatus): boolean {
	return nextStatus(status, 'submit') !== null;
}
