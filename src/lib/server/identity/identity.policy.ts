import { isAdmin, type Actor } from './actor.ts';

/** Only admins (or the operator at the command line) create accounts with a role. */
export function canCreateUser(actor: Actor): boolean {
	return isAdmin(actor);
}
