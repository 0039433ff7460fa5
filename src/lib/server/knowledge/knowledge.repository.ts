import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database, Row } from '../db/database.ts';
import type { Paging } from '../db/paging.ts';

export type KnowledgeProductRow = Row<'knowledge_products'> & {
	publisher_slug: string | null;
	publisher_name: string | null;
};

function base(db: Kysely<Database>) {
	return db
		.selectFrom('knowledge_products as k')
		.leftJoin('organizations as o', 'o.id', 'k.publisher_organization_id');
}

export interface KnowledgeFilters {
	kind?: Row<'knowledge_products'>['kind'];
	/** A cluster's slug: products linked to it. */
	cluster?: string;
	language?: string;
}

export async function findKnowledgeProducts(
	db: Kysely<Database>,
	filters: KnowledgeFilters,
	paging: Paging
): Promise<{ rows: KnowledgeProductRow[]; total: number }> {
	const filtered = <
		Query extends SelectQueryBuilder<Database & { k: Database['knowledge_products'] }, 'k', object>
	>(
		query: Query
	): Query => {
		let result = query;
		if (filters.kind) result = result.where('k.kind', '=', filters.kind) as Query;
		if (filters.language) result = result.where('k.language', '=', filters.language) as Query;
		if (filters.cluster) {
			const cluster = filters.cluster;
			result = result.where('k.id', 'in', (eb) =>
				eb
					.selectFrom('knowledge_product_clusters as l')
					.innerJoin('clusters as c', 'c.id', 'l.cluster_id')
					.select('l.knowledge_product_id')
					.where('c.slug', '=', cluster)
			) as Query;
		}
		return result;
	};
	const [rows, count] = await Promise.all([
		filtered(base(db))
			.selectAll('k')
			.select(['o.slug as publisher_slug', 'o.name as publisher_name'])
			.orderBy('k.published_on', 'desc')
			.orderBy('k.title')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		filtered(db.selectFrom('knowledge_products as k'))
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.total) };
}

export async function findKnowledgeProductBySlug(db: Kysely<Database>, slug: string) {
	return base(db)
		.selectAll('k')
		.select(['o.slug as publisher_slug', 'o.name as publisher_name'])
		.where('k.slug', '=', slug)
		.executeTakeFirst();
}

/**
 * What a knowledge product is linked to: clusters, projects, events, published solutions, and the
 * events where it was presented (on their agenda).
 */
export async function loadKnowledgeLinks(db: Kysely<Database>, id: number) {
	const [clusters, projects, events, presentedAt, solutions] = await Promise.all([
		db
			.selectFrom('knowledge_product_clusters as l')
			.innerJoin('clusters as c', 'c.id', 'l.cluster_id')
			.select(['c.slug', 'c.name'])
			.where('l.knowledge_product_id', '=', id)
			.orderBy('c.name')
			.execute(),
		db
			.selectFrom('knowledge_product_projects as l')
			.innerJoin('projects as p', 'p.id', 'l.project_id')
			.select(['p.slug', 'p.title'])
			.where('l.knowledge_product_id', '=', id)
			.orderBy('p.title')
			.execute(),
		db
			.selectFrom('knowledge_product_events as l')
			.innerJoin('events as e', 'e.id', 'l.event_id')
			.select(['e.slug', 'e.title', 'e.starts_at'])
			.where('l.knowledge_product_id', '=', id)
			.orderBy('e.starts_at', 'desc')
			.execute(),
		db
			.selectFrom('events as e')
			.select(['e.slug', 'e.title', 'e.starts_at'])
			.where('e.id', 'in', (eb) =>
				eb.selectFrom('agenda_items').select('event_id').where('knowledge_product_id', '=', id)
			)
			.orderBy('e.starts_at', 'desc')
			.execute(),
		db
			.selectFrom('knowledge_product_solutions as l')
			.innerJoin('solutions as s', 's.id', 'l.solution_id')
			.select(['s.slug', 's.title'])
			.where('l.knowledge_product_id', '=', id)
			.where('s.status', '=', 'published')
			.orderBy('s.title')
			.execute()
	]);
	return { clusters, projects, events, presentedAt, solutions };
}
