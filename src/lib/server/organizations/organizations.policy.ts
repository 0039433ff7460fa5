import { isStaff, type Actor } from '../identity/actor.ts';

/**
 * Partner profiles are public: a city official must be able to see who is behind a solution
 * before signing up. Editing rules arrive with organization editors.
 */
export function canReadOrganizations(actor: Actor): boolean {
	return actor.kind === 'visitor' || actor.kind === 'user' || actor.kind === 'system';
}

/**
 * Who decides on an organization's members: its active editors, and curators and admins (who
 * also appoint the first editor of an organization).
 */
export function canManageMembers(
	actor: Actor,
	own: { role: 'member' | 'editor'; status: string } | undefined
): boolean {
	if (isStaff(actor)) return true;
	return actor.kind === 'user' && own?.role === 'editor' && own.status === 'active';
}

/** Only curators and admins appoint editors. */
export function canAppointEditors(actor: Actor): boolean {
	return isStaff(actor);
}
