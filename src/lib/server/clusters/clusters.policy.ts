import { isStaff, type Actor } from '../identity/actor.ts';
import type { ClusterStanding } from './cluster-standing.ts';

/**
 * Who may do what in a cluster. A person speaks for an organization when they are its active
 * editor; coordinators are the editors of the cluster's coordinating organizations.
 *
 * | | visitor | member | organization editor | coordinator | curator, admin |
 * |---|---|---|---|---|---|
 * | read the clusters, map, feed, resources | ✓ | ✓ | ✓ | ✓ | ✓ |
 * | ask to join for an organization | | | for their own | for their own | for any |
 * | leave (or withdraw a request) | | | for their own | for their own¹ | for any¹ |
 * | decide requests, remove members | | | | ✓¹ | ✓¹ |
 * | edit the page, add, pin and delete resources | | | | ✓ | ✓ |
 *
 * ¹ Never the cluster's last coordinating organization: someone has to run it (409).
 */

/** Cluster pages are public: they are how cities discover a community to join. */
export function canReadClusters(actor: Actor): boolean {
	return actor.kind === 'visitor' || actor.kind === 'user' || actor.kind === 'system';
}

/** Asking to join, or leaving, speaks for an organization: its editors, or curators. */
export function canSpeakFor(actor: Actor, editsOrganization: boolean): boolean {
	return isStaff(actor) || (actor.kind === 'user' && editsOrganization);
}

/** Deciding requests, removing members, editing the page and its resources. */
export function canCoordinate(standing: ClusterStanding): boolean {
	return standing.coordinator || standing.staff;
}

/** An organization may ask when it has never asked, or was declined (it may ask again). */
export function mayAskAgain(status: 'requested' | 'active' | 'declined' | null): boolean {
	return status === null || status === 'declined';
}
