import { z } from 'zod';
import type { ReadContext } from '../context.ts';
import { forbidden } from '../http/errors.ts';
import { pageSchema, pageSizeSchema, parseInput, type Page } from '../http/query.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import { actingUserId, nowOf, spendClusterWrite, type ClusterContext } from './cluster-context.ts';
import { parseClusterInput } from './cluster-input.ts';
import { findPendingRequests } from './cluster-membership.repository.ts';
import { loadCluster, loadCoordinatedCluster } from './cluster-access.ts';
import { clusterPageSchema } from './cluster-page.schema.ts';
import { canReadClusters } from './clusters.policy.ts';
import { groupMembersByRegion, presentMember, type ClusterMember } from './clusters.presenter.ts';
import { findClusterMembers, updateCluster } from './clusters.repository.ts';

/**
 * The coordinators' side of a cluster: pending requests, the members (to remove one), and the
 * page's theme and description. Also the public list of members for the API.
 */

export interface MembershipRequestView {
	organization: { slug: string; name: string; kind: string; country: string | null };
	statement: string;
	requestedAt: string;
	/** Who asked on the organization's behalf; null when the account is gone. */
	requestedBy: string | null;
}

export interface ClusterManagement {
	cluster: { slug: string; name: string; theme: string; description: string };
	requests: MembershipRequestView[];
	membersByRegion: { region: string; members: ClusterMember[] }[];
	coordinatorCount: number;
}

/** The coordinator tools of a cluster, for its coordinators and curators. */
export async function getClusterManagement(
	context: ReadContext,
	slug: string,
	globalLabel: string
): Promise<ClusterManagement> {
	const cluster = await loadCoordinatedCluster(context, slug);
	const [requests, members] = await Promise.all([
		findPendingRequests(context.db, cluster.id, context.locale),
		findClusterMembers(context.db, [cluster.id], context.locale)
	]);
	return {
		cluster: {
			slug: cluster.slug,
			name: cluster.name,
			theme: cluster.theme,
			description: cluster.description
		},
		requests: requests.map((row) => ({
			organization: { slug: row.slug, name: row.name, kind: row.kind, country: row.countryName },
			statement: row.statement ?? '',
			requestedAt: row.requestedAt,
			requestedBy: row.requestedBy
		})),
		membersByRegion: groupMembersByRegion(members, globalLabel),
		coordinatorCount: members.filter((member) => member.role === 'coordinator').length
	};
}

/** Coordinators edit their cluster's theme and description. */
export async function updateClusterPage(
	context: ClusterContext,
	slug: string,
	input: unknown
): Promise<void> {
	const cluster = await loadCoordinatedCluster(context, slug);
	const changes = parseClusterInput(clusterPageSchema, input, context.locale);
	await spendClusterWrite(context);
	const now = nowOf(context);
	await context.db.transaction().execute(async (trx) => {
		await updateCluster(trx, cluster.id, { ...changes, updated_at: now });
		await recordAudit(trx, {
			at: now,
			actorUserId: actingUserId(context),
			action: 'cluster.page-edited',
			subjectType: 'cluster',
			subjectId: cluster.id
		});
	});
}

const memberListQuerySchema = z.object({ page: pageSchema, pageSize: pageSizeSchema });

/** One page of a cluster's member organizations, coordinators first, then by name. */
export async function listClusterMembers(
	context: ReadContext,
	slug: string,
	query: unknown
): Promise<Page<ClusterMember & { region: string | null }>> {
	if (!canReadClusters(context.actor)) throw forbidden();
	const { page, pageSize } = parseInput(memberListQuerySchema, query);
	const cluster = await loadCluster(context.db, slug);
	const rows = await findClusterMembers(context.db, [cluster.id], context.locale);
	const start = (page - 1) * pageSize;
	return {
		data: rows
			.slice(start, start + pageSize)
			.map((row) => ({ ...presentMember(row), region: row.region_name })),
		page,
		pageSize,
		total: rows.length
	};
}
