import type { Actor } from '../identity/actor.ts';

/** Events are announced publicly so that anyone can register or watch the recording. */
export function canReadEvents(actor: Actor): boolean {
	return actor.kind === 'visitor' || actor.kind === 'user' || actor.kind === 'system';
}
