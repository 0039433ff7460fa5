import type { Kysely } from 'kysely';
import type { Database, Row } from '../db/database.ts';

export type ClusterRow = Row<'clusters'>;

export interface ClusterStats {
	members: number;
	cities: number;
	solutions: number;
}

export async function findClusters(db: Kysely<Database>): Promise<ClusterRow[]> {
	return db.selectFrom('clusters').selectAll().orderBy('name').execute();
}

export async function findClusterBySlug(db: Kysely<Database>, slug: string) {
	return db.selectFrom('clusters').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Active members of the clusters with their place, coordinators first. */
export async function findClusterMembers(
	db: Kysely<Database>,
	clusterIds: number[],
	locale: string
) {
	if (clusterIds.length === 0) return [];
	return db
		.selectFrom('cluster_memberships as m')
		.innerJoin('organizations as o', 'o.id', 'm.organization_id')
		.leftJoin('countries as c', 'c.code', 'o.country_code')
		.leftJoin('country_names as cn', (join) =>
			join.onRef('cn.country_code', '=', 'c.code').on('cn.locale', '=', locale)
		)
		.select([
			'm.cluster_id',
			'm.role',
			'o.slug',
			'o.name',
			'o.kind',
			'o.verified_at',
			'c.code as country_code',
			(eb) => eb.fn.coalesce('cn.name', 'c.name').as('country_name'),
			'c.region_name',
			'c.sub_region_name'
		])
		.where('m.cluster_id', 'in', clusterIds)
		.where('m.status', '=', 'active')
		.orderBy('m.role')
		.orderBy('o.name')
		.execute();
}

export async function countClusterSolutions(db: Kysely<Database>, clusterIds: number[]) {
	if (clusterIds.length === 0) return new Map<number, number>();
	const rows = await db
		.selectFrom('cluster_solutions as cs')
		.innerJoin('solutions as s', 's.id', 'cs.solution_id')
		.select((eb) => ['cs.cluster_id', eb.fn.countAll<number>().as('n')])
		.where('cs.cluster_id', 'in', clusterIds)
		.where('s.status', '=', 'published')
		.groupBy('cs.cluster_id')
		.execute();
	return new Map(rows.map((row) => [row.cluster_id, Number(row.n)]));
}

export async function findClusterTaxonomy(db: Kysely<Database>, clusterId: number) {
	const [sdgs, sectors] = await Promise.all([
		db
			.selectFrom('cluster_sdgs')
			.select('goal')
			.where('cluster_id', '=', clusterId)
			.orderBy('goal')
			.execute(),
		db
			.selectFrom('cluster_sectors')
			.select('sector_slug')
			.where('cluster_id', '=', clusterId)
			.execute()
	]);
	return { sdgs: sdgs.map((row) => row.goal), sectors: sectors.map((row) => row.sector_slug) };
}

export async function findClusterKnowledge(db: Kysely<Database>, clusterId: number) {
	return db
		.selectFrom('knowledge_product_clusters as kc')
		.innerJoin('knowledge_products as k', 'k.id', 'kc.knowledge_product_id')
		.select(['k.slug', 'k.title', 'k.kind'])
		.where('kc.cluster_id', '=', clusterId)
		.orderBy('k.title')
		.execute();
}

export async function findClusterEvents(db: Kysely<Database>, clusterId: number) {
	return db
		.selectFrom('event_clusters as ec')
		.innerJoin('events as e', 'e.id', 'ec.event_id')
		.select(['e.slug', 'e.title', 'e.starts_at', 'e.time_zone'])
		.where('ec.cluster_id', '=', clusterId)
		.orderBy('e.starts_at', 'desc')
		.execute();
}
