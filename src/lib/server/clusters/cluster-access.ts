import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import { signedInUserId } from './cluster-context.ts';
import { clusterStanding } from './cluster-standing.ts';
import { canCoordinate } from './clusters.policy.ts';
import { findClusterBySlug, type ClusterRow } from './clusters.repository.ts';

/** The cluster at an address, or 404. */
export async function loadCluster(db: Kysely<Database>, slug: string): Promise<ClusterRow> {
	const row = await findClusterBySlug(db, slug);
	if (!row) throw notFound('cluster');
	return row;
}

/** The cluster, for its coordinators and curators only (401 for visitors, 403 for others). */
export async function loadCoordinatedCluster(
	context: ReadContext,
	slug: string
): Promise<ClusterRow> {
	signedInUserId(context);
	const cluster = await loadCluster(context.db, slug);
	const standing = await clusterStanding(context.db, context.actor, cluster.id);
	if (!canCoordinate(standing)) {
		throw forbidden(translatorFor(context.locale)('clusterMembership.error.notCoordinator'));
	}
	return cluster;
}
