import { isStaff, type Actor } from '../identity/actor.ts';
import type { NeedVisibility } from './brokering-terms.ts';

/**
 * Who may do what in brokering.
 *
 * | | visitor | member | need's people | provider's people | curator, admin |
 * |---|---|---|---|---|---|
 * | read a public need | ✓ | ✓ | ✓ | ✓ | ✓ |
 * | read a members-only need | | ✓ | ✓ | ✓ | ✓ |
 * | read a curators-only need | | | ✓ | | ✓ |
 * | see a need's matches, request an introduction, dismiss | | | ✓ | | ✓ |
 * | edit or close a need | | | ✓ | | ✓ |
 * | post a need or an offer | | with an organization | | | ✓ |
 * | edit an offer | | | | ✓ | ✓ |
 * | see and run the pipeline | | | | | ✓ |
 *
 * A need's people are its creator and the active members of its organization; an offer's people
 * the active members of the offering organization.
 */

export interface NeedAccess {
	creator: boolean;
	organizationMember: boolean;
}

export function isNeedOwner(actor: Actor, access: NeedAccess | undefined): boolean {
	return (
		actor.kind === 'user' && access !== undefined && (access.creator || access.organizationMember)
	);
}

/** Visibilities a person sees in lists (their own needs come on top of these). */
export function visibleNeedVisibilities(actor: Actor): NeedVisibility[] {
	if (isStaff(actor)) return ['public', 'members', 'curators'];
	return actor.kind === 'user' ? ['public', 'members'] : ['public'];
}

export function canReadNeed(
	actor: Actor,
	need: { visibility: NeedVisibility },
	access: NeedAccess | undefined
): boolean {
	return visibleNeedVisibilities(actor).includes(need.visibility) || isNeedOwner(actor, access);
}

/** The requester and curators see the ranked matches and act on them. */
export function canSeeMatches(actor: Actor, access: NeedAccess | undefined): boolean {
	return isStaff(actor) || isNeedOwner(actor, access);
}

export const canEditNeed = canSeeMatches;

/** Posting a need or an offer speaks for an organization: an active membership is needed. */
export function canPostForOrganizations(actor: Actor, activeMemberships: number): boolean {
	return isStaff(actor) || (actor.kind === 'user' && activeMemberships > 0);
}

/** The organization named must be one of the person's own, unless curators or admins post. */
export function canPostFor(
	actor: Actor,
	organizationId: number,
	ownOrganizationIds: readonly number[]
): boolean {
	return isStaff(actor) || ownOrganizationIds.includes(organizationId);
}

/** An offer is edited by the offering organization's active members and by curators. */
export function canEditOffer(actor: Actor, offeringOrganizationMember: boolean): boolean {
	return isStaff(actor) || (actor.kind === 'user' && offeringOrganizationMember);
}

/** Curators and admins broker: they see every connection and move them through the pipeline. */
export function canRunPipeline(actor: Actor): boolean {
	return isStaff(actor);
}
