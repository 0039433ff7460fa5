import type { Kysely } from 'kysely';
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

export async function findKnowledgeProducts(
	db: Kysely<Database>,
	filters: { kind?: Row<'knowledge_products'>['kind'] },
	paging: Paging
): Promise<{ rows: KnowledgeProductRow[]; total: number }> {
	let rowsQuery = base(db);
	let countQuery = db.selectFrom('knowledge_products as k');
	if (filters.kind) {
		rowsQuery = rowsQuery.where('k.kind', '=', filters.kind);
		countQuery = countQuery.where('k.kind', '=', filters.kind);
	}
	const [rows, count] = await Promise.all([
		rowsQuery
			.selectAll('k')
			.select(['o.slug as publisher_slug', 'o.name as publisher_name'])
			.orderBy('k.published_on', 'desc')
			.orderBy('k.title')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		countQuery.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()
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

/** What a knowledge product is linked to: clusters, projects, events (direct or on an agenda). */
export async function loadKnowledgeLinks(db: Kysely<Database>, id: number) {
	const [clusters, projects, events, solutions] = await Promise.all([
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
			.selectFrom('events as e')
			.select(['e.slug', 'e.title', 'e.starts_at'])
			.where((eb) =>
				eb.or([
					eb(
						'e.id',
						'in',
						eb
							.selectFrom('knowledge_product_events')
							.select('event_id')
							.where('knowledge_product_id', '=', id)
					),
					eb(
						'e.id',
						'in',
						eb.selectFrom('agenda_items').select('event_id').where('knowledge_product_id', '=', id)
					)
				])
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
	return { clusters, projects, events, solutions };
}
