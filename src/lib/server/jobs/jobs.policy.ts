import { isAdmin, type Actor } from '../identity/actor.ts';

/**
 * Only admins see dead jobs and retry them: a job's payload is the platform's mail and
 * notifications, and retrying sends them.
 */
export function canManageJobs(actor: Actor): boolean {
	return isAdmin(actor);
}
