import { isStaff, type Actor } from '../identity/actor.ts';
import type { SolutionRow } from './solutions.repository.ts';

/** Only published solutions are public; curators and admins also see the moderation states. */
export function visibleSolutionStatuses(actor: Actor): SolutionRow['status'][] {
	return isStaff(actor)
		? ['published', 'submitted', 'changes-requested', 'archived', 'draft']
		: ['published'];
}

/**
 * How a signed-in person relates to one solution. Its owners are its creator and the active
 * members (members and editors alike) of its submitting organization.
 */
export interface SolutionAccess {
	creator: boolean;
	organizationMember: boolean;
}

export function isSolutionOwner(actor: Actor, access: SolutionAccess | undefined): boolean {
	return (
		actor.kind === 'user' && access !== undefined && (access.creator || access.organizationMember)
	);
}

/**
 * Published solutions are public. Owners also see their own solution in every other state (their
 * drafts, what they submitted, what was sent back or rejected); curators and admins see all.
 */
export function canReadSolution(
	actor: Actor,
	solution: Pick<SolutionRow, 'status'>,
	access?: SolutionAccess
): boolean {
	return (
		visibleSolutionStatuses(actor).includes(solution.status) ||
		isStaff(actor) ||
		isSolutionOwner(actor, access)
	);
}

/** Writing a solution needs an active membership of at least one organization. */
export function canCreateSolution(actor: Actor, activeMemberships: number): boolean {
	return actor.kind === 'user' && activeMemberships > 0;
}

/**
 * Owners and curators/admins may edit; whether the solution's status allows it is the workflow's
 * rule (`editLevel`).
 */
export function canEditSolution(actor: Actor, access: SolutionAccess | undefined): boolean {
	return isStaff(actor) || isSolutionOwner(actor, access);
}

/** Curators and admins moderate: they publish, send back, or reject what was submitted. */
export function canModerateSolutions(actor: Actor): boolean {
	return isStaff(actor);
}

/**
 * The submitting organization must be one of the person's own (active membership), or stay what
 * it was; curators and admins may name any organization.
 */
export function canSubmitFor(
	actor: Actor,
	organizationId: number,
	ownOrganizationIds: number[],
	currentOrganizationId: number | null
): boolean {
	return (
		isStaff(actor) ||
		organizationId === currentOrganizationId ||
		ownOrganizationIds.includes(organizationId)
	);
}

/**
 * History: whoever may read a solution sees its versions — for the public that means published
 * solutions only, and every version of one was itself published. A version names who made it (by
 * display name, as the author of public content; never an email address). The moderation log
 * (comments and reasons between curators and the owners) is for its owners and for curators and
 * admins.
 */
export function canReadModerationLog(actor: Actor, access: SolutionAccess | undefined): boolean {
	return isStaff(actor) || isSolutionOwner(actor, access);
}
