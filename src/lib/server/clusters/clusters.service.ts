import type { ReadContext } from '../context.ts';
import { clusterFollowState } from '../discussions/follows.service.ts';
import { listRecentThreads } from '../discussions/threads.service.ts';
import { forbidden } from '../http/errors.ts';
import { listProjects } from '../projects/projects.service.ts';
import { listSolutions } from '../solutions/solutions.service.ts';
import { loadTaxonomyNames } from '../taxonomy/taxonomy.service.ts';
import { loadCluster } from './cluster-access.ts';
import { getClusterViewer } from './cluster-membership.service.ts';
import { listClusterResources } from './cluster-resources.service.ts';
import { canReadClusters } from './clusters.policy.ts';
import {
	presentClusterCard,
	presentClusterDetail,
	type ClusterCard,
	type ClusterDetail
} from './clusters.presenter.ts';
import {
	countClusterSolutions,
	findClusterEvents,
	findClusterKnowledge,
	findClusterMembers,
	findClusters,
	findClusterTaxonomy,
	findLatestActivity
} from './clusters.repository.ts';

/** How many discussion threads the cluster page shows. */
const THREADS_ON_PAGE = 5;

/**
 * All clusters (there are a handful, so no paging) with their coordinators, counts and latest
 * activity.
 */
export async function listClusters({ db, actor, locale }: ReadContext): Promise<ClusterCard[]> {
	if (!canReadClusters(actor)) throw forbidden();
	const rows = await findClusters(db);
	const ids = rows.map((row) => row.id);
	const [members, solutionCounts, activity] = await Promise.all([
		findClusterMembers(db, ids, locale),
		countClusterSolutions(db, ids),
		findLatestActivity(db, ids)
	]);
	return rows.map((row) =>
		presentClusterCard(
			row,
			members,
			solutionCounts.get(row.id) ?? 0,
			activity.find((item) => item.cluster_id === row.id)
		)
	);
}

async function loadClusterDetail(
	context: ReadContext,
	slug: string,
	globalLabel: string
): Promise<{ id: number; detail: ClusterDetail }> {
	const { db, actor, locale } = context;
	if (!canReadClusters(actor)) throw forbidden();
	const row = await loadCluster(db, slug);
	const [members, solutionCounts, taxonomy, events, knowledgeProducts, names, activity, resources] =
		await Promise.all([
			findClusterMembers(db, [row.id], locale),
			countClusterSolutions(db, [row.id]),
			findClusterTaxonomy(db, row.id),
			findClusterEvents(db, row.id),
			findClusterKnowledge(db, row.id),
			loadTaxonomyNames(db, locale),
			findLatestActivity(db, [row.id]),
			listClusterResources(context, row)
		]);
	const detail = presentClusterDetail(
		row,
		{
			members,
			solutionCount: solutionCounts.get(row.id) ?? 0,
			taxonomy,
			events,
			knowledgeProducts,
			latestActivity: activity[0],
			resources
		},
		names,
		globalLabel
	);
	return { id: row.id, detail };
}

/**
 * One cluster with members by region, coordinators, counts, resources, events and knowledge
 * products. `globalLabel` names the group of members without a country (UN entities), in the
 * reader's language.
 */
export async function getCluster(
	context: ReadContext,
	slug: string,
	globalLabel: string
): Promise<ClusterDetail> {
	return (await loadClusterDetail(context, slug, globalLabel)).detail;
}

/**
 * A cluster's page: the cluster, one page of its solutions, its pilot projects, its latest
 * discussions, and what the reader may do there (join, leave, coordinate, follow).
 */
export async function getClusterPage(
	context: ReadContext,
	slug: string,
	page: number,
	globalLabel: string
) {
	const { id, detail } = await loadClusterDetail(context, slug, globalLabel);
	const [solutions, projects, threads, viewer, follow] = await Promise.all([
		listSolutions(
			context,
			{ sdg: [], sector: [], country: [], region: [], page, pageSize: 10 },
			{ clusterSlug: slug }
		),
		listProjects(
			context,
			{ status: [], country: [], sdg: [], page: 1, pageSize: 50 },
			{ clusterSlug: slug }
		),
		listRecentThreads(context, id, THREADS_ON_PAGE),
		getClusterViewer(context, id),
		clusterFollowState(context, id)
	]);
	return { cluster: detail, solutions, projects: projects.data, threads, viewer, follow };
}
