import type { Actor } from '../identity/actor.ts';

/** Knowledge products exist to be spread: everyone may read them. */
export function canReadKnowledge(actor: Actor): boolean {
	return actor.kind === 'visitor' || actor.kind === 'user' || actor.kind === 'system';
}
