import type { Actor } from '../identity/actor.ts';

/** Pilot projects are public records of cooperation, like IATI activities. */
export function canReadProjects(actor: Actor): boolean {
	return actor.kind === 'visitor' || actor.kind === 'user' || actor.kind === 'system';
}
