import { isStaff, type Actor } from '../identity/actor.ts';

/** Knowledge products exist to be spread: everyone may read them. */
export function canReadKnowledge(actor: Actor): boolean {
	return actor.kind === 'visitor' || actor.kind === 'user' || actor.kind === 'system';
}

/**
 * Who publishes knowledge products: curators and admins, and active editors of an organization
 * (for their own organization as publisher). `editorOf` comes from `editorOrganizationIds`.
 */
export function canPublishKnowledge(actor: Actor, editorOf: readonly number[]): boolean {
	return isStaff(actor) || (actor.kind === 'user' && editorOf.length > 0);
}

/** Who edits a product: staff, and editors of its publishing organization. */
export function canEditKnowledge(
	actor: Actor,
	editorOf: readonly number[],
	publisherOrganizationId: number | null
): boolean {
	if (isStaff(actor)) return true;
	return (
		actor.kind === 'user' &&
		publisherOrganizationId !== null &&
		editorOf.includes(publisherOrganizationId)
	);
}
