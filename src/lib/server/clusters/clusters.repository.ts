import { sql, type Kysely, type NotNull } from 'kysely';
import type { Database, Row } from '../db/database.ts';

export type ClusterRow = Row<'clusters'>;

export async function findClusters(db: Kysely<Database>): Promise<ClusterRow[]> {
	return db.selectFrom('clusters').selectAll().orderBy('name').execute();
}

export async function findClusterBySlug(db: Kysely<Database>, slug: string) {
	return db.selectFrom('clusters').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Active members of the clusters with their place (country, region, city), coordinators first. */
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
		.leftJoin('cities as city', 'city.id', 'o.city_id')
		.select([
			'm.cluster_id',
			'm.role',
			'o.id as organization_id',
			'o.slug',
			'o.name',
			'o.kind',
			'o.verified_at',
			'c.code as country_code',
			(eb) => eb.fn.coalesce('cn.name', 'c.name').as('country_name'),
			'c.region_name',
			'c.sub_region_name',
			'city.id as city_id',
			'city.name as city_name',
			'city.latitude',
			'city.longitude'
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

export async function updateCluster(
	db: Kysely<Database>,
	clusterId: number,
	changes: { theme: string; description: string; updated_at: string }
): Promise<void> {
	await db.updateTable('clusters').set(changes).where('id', '=', clusterId).execute();
}

export interface LatestActivityRow {
	cluster_id: number;
	kind: 'thread' | 'member' | 'resource';
	label: string;
	at: string;
}

/**
 * The latest thing that happened in each cluster — a visible discussion thread's activity, an
 * organization admitted (founding members, which nobody admitted, are not news), or a resource
 * added — in one query for all of them (the newest row of each cluster, ranked with a window
 * function).
 */
export async function findLatestActivity(
	db: Kysely<Database>,
	clusterIds: number[]
): Promise<LatestActivityRow[]> {
	if (clusterIds.length === 0) return [];
	const rows = await db
		.with('activity', (qb) =>
			qb
				.selectFrom('discussion_threads')
				.select([
					'cluster_id',
					sql<string>`'thread'`.as('kind'),
					'title as label',
					'last_activity_at as at'
				])
				.where('status', '=', 'visible')
				.where('cluster_id', 'in', clusterIds)
				.unionAll(
					qb
						.selectFrom('cluster_memberships as m')
						.innerJoin('organizations as o', 'o.id', 'm.organization_id')
						.select([
							'm.cluster_id',
							sql<string>`'member'`.as('kind'),
							'o.name as label',
							'm.decided_at as at'
						])
						.where('m.status', '=', 'active')
						.where('m.decided_at', 'is not', null)
						.$narrowType<{ at: NotNull }>()
						.where('m.cluster_id', 'in', clusterIds)
				)
				.unionAll(
					qb
						.selectFrom('cluster_resources')
						.select([
							'cluster_id',
							sql<string>`'resource'`.as('kind'),
							'title as label',
							'created_at as at'
						])
						.where('cluster_id', 'in', clusterIds)
				)
		)
		.with('ranked', (qb) =>
			qb
				.selectFrom('activity')
				.selectAll()
				.select((eb) =>
					eb.fn
						.agg<number>('row_number')
						.over((over) => over.partitionBy('cluster_id').orderBy('at', 'desc').orderBy('label'))
						.as('position')
				)
		)
		.selectFrom('ranked')
		.select(['cluster_id', 'kind', 'label', 'at'])
		.where('position', '=', 1)
		.execute();
	return rows.map((row) => ({
		cluster_id: Number(row.cluster_id),
		kind: row.kind as LatestActivityRow['kind'],
		label: String(row.label),
		at: String(row.at)
	}));
}
