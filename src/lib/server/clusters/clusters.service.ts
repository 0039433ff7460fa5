import type { ReadContext } from '../context.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { listProjects } from '../projects/projects.service.ts';
import { listSolutions } from '../solutions/solutions.service.ts';
import { loadTaxonomyNames } from '../taxonomy/taxonomy.service.ts';
import { canReadClusters } from './clusters.policy.ts';
import {
	presentClusterCard,
	presentClusterDetail,
	type ClusterCard,
	type ClusterDetail
} from './clusters.presenter.ts';
import {
	countClusterSolutions,
	findClusterBySlug,
	findClusterEvents,
	findClusterKnowledge,
	findClusterMembers,
	findClusters,
	findClusterTaxonomy
} from './clusters.repository.ts';

/** All clusters (there are a handful, so no paging) with their coordinators and counts. */
export async function listClusters({ db, actor, locale }: ReadContext): Promise<ClusterCard[]> {
	if (!canReadClusters(actor)) throw forbidden();
	const rows = await findClusters(db);
	const ids = rows.map((row) => row.id);
	const [members, solutionCounts] = await Promise.all([
		findClusterMembers(db, ids, locale),
		countClusterSolutions(db, ids)
	]);
	return rows.map((row) => presentClusterCard(row, members, solutionCounts.get(row.id) ?? 0));
}

/**
 * One cluster with members by region, events and knowledge products. `globalLabel` names the
 * group of members without a country (UN entities), in the reader's language.
 */
export async function getCluster(
	{ db, actor, locale }: ReadContext,
	slug: string,
	globalLabel: string
): Promise<ClusterDetail> {
	if (!canReadClusters(actor)) throw forbidden();
	const row = await findClusterBySlug(db, slug);
	if (!row) throw notFound('cluster');
	const [members, solutionCounts, taxonomy, events, knowledgeProducts, names] = await Promise.all([
		findClusterMembers(db, [row.id], locale),
		countClusterSolutions(db, [row.id]),
		findClusterTaxonomy(db, row.id),
		findClusterEvents(db, row.id),
		findClusterKnowledge(db, row.id),
		loadTaxonomyNames(db, locale)
	]);
	return presentClusterDetail(
		row,
		{
			members,
			solutionCount: solutionCounts.get(row.id) ?? 0,
			taxonomy,
			events,
			knowledgeProducts
		},
		names,
		globalLabel
	);
}

/** A cluster's page: the cluster, one page of its solutions, and its pilot projects. */
export async function getClusterPage(
	context: ReadContext,
	slug: string,
	page: number,
	globalLabel: string
) {
	const cluster = await getCluster(context, slug, globalLabel);
	const [solutions, projects] = await Promise.all([
		listSolutions(
			context,
			{ sdg: [], sector: [], country: [], region: [], page, pageSize: 10 },
			{ clusterSlug: slug }
		),
		listProjects(
			context,
			{ status: [], country: [], sdg: [], page: 1, pageSize: 50 },
			{ clusterSlug: slug }
		)
	]);
	return { cluster, solutions, projects: projects.data };
}
