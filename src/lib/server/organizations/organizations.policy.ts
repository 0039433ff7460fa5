import type { Actor } from '../identity/actor.ts';

/**
 * Partner profiles are public: a city official must be able to see who is behind a solution
 * before signing up. Editing rules arrive with organization editors.
 */
export function canReadOrganizations(actor: Actor): boolean {
	return actor.kind === 'visitor' || actor.kind === 'user' || actor.kind === 'system';
}
