import type { Actor } from '../identity/actor.ts';

/** Cluster pages are public: they are how cities discover a community to join. */
export function canReadClusters(actor: Actor): boolean {
	return actor.kind === 'visitor' || actor.kind === 'user' || actor.kind === 'system';
}
