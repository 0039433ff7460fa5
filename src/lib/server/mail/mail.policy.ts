import { isAdmin, type Actor } from '../identity/actor.ts';

/**
 * Only admins read the outbox: it holds every message the platform wrote, including the
 * one-time links of email verification and password resets.
 */
export function canReadOutbox(actor: Actor): boolean {
	return isAdmin(actor);
}
