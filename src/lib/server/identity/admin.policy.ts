import { isAdmin, isStaff, type Actor } from './actor.ts';

/** Only admins (or the operator at the command line) see every account and change roles. */
export function canManageUsers(actor: Actor): boolean {
	return isAdmin(actor);
}

/**
 * Curators read the audit log as well as admins: they moderate content, and the log is where
 * moderation and security events are recorded.
 */
export function canReadAuditLog(actor: Actor): boolean {
	return isStaff(actor);
}

/** The admin area is for staff; each of its pages then checks its own rule above. */
export function canEnterAdminArea(actor: Actor): boolean {
	return isStaff(actor);
}
