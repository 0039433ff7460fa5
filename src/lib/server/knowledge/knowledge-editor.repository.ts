import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, Row } from '../db/database.ts';
import type { KnowledgeLinkField } from './knowledge-editor.schema.ts';

/** The queries of the knowledge editor: choices, slugs to ids, and the product's rows. */

type Db = Kysely<Database>;

export interface LinkChoice {
	slug: string;
	label: string;
}

/** Organizations the form offers as publisher: the given ones, or every one (for staff). */
export async function findPublisherChoices(
	db: Db,
	organizationIds: readonly number[] | 'all'
): Promise<(LinkChoice & { id: number })[]> {
	if (organizationIds !== 'all' && organizationIds.length === 0) return [];
	let query = db.selectFrom('organizations').select(['id', 'slug', 'name as label']);
	if (organizationIds !== 'all') query = query.where('id', 'in', [...organizationIds]);
	return query.orderBy('name').execute();
}

export async function findOrganizationIdBySlug(db: Db, slug: string): Promise<number | null> {
	const row = await db
		.selectFrom('organizations')
		.select('id')
		.where('slug', '=', slug)
		.executeTakeFirst();
	return row?.id ?? null;
}

/** The clusters, for the catalogue's filter. */
export async function findClusterChoices(db: Db): Promise<LinkChoice[]> {
	return db.selectFrom('clusters').select(['slug', 'name as label']).orderBy('name').execute();
}

export async function findOrganizationSlugById(db: Db, id: number): Promise<string | null> {
	const row = await db
		.selectFrom('organizations')
		.select('slug')
		.where('id', '=', id)
		.executeTakeFirst();
	return row?.slug ?? null;
}

/** Everything a product may link to, for the form's lists (published solutions only). */
export async function findLinkChoices(db: Db): Promise<Record<KnowledgeLinkField, LinkChoice[]>> {
	const [clusters, solutions, projects, events] = await Promise.all([
		findClusterChoices(db),
		db
			.selectFrom('solutions')
			.select(['slug', 'title as label'])
			.where('status', '=', 'published')
			.orderBy('title')
			.execute(),
		db.selectFrom('projects').select(['slug', 'title as label']).orderBy('title').execute(),
		db
			.selectFrom('events')
			.select(['slug', 'title as label'])
			.orderBy('starts_at', 'desc')
			.execute()
	]);
	return { clusters, solutions, projects, events };
}

/** The ids of the records named by slug; slugs that name nothing are left out. */
export async function resolveLinkSlugs(
	db: Db,
	field: KnowledgeLinkField,
	slugs: readonly string[]
): Promise<Map<string, number>> {
	if (slugs.length === 0) return new Map();
	let rows: { id: number; slug: string }[];
	if (field === 'solutions') {
		rows = await db
			.selectFrom('solutions')
			.select(['id', 'slug'])
			.where('slug', 'in', [...slugs])
			.where('status', '=', 'published')
			.execute();
	} else {
		rows = await db
			.selectFrom(field)
			.select(['id', 'slug'])
			.where('slug', 'in', [...slugs])
			.execute();
	}
	return new Map(rows.map((row) => [row.slug, row.id]));
}

/** The slugs of the records a product links to (directly, not through agendas). */
export async function findLinkedSlugs(
	db: Db,
	productId: number
): Promise<Record<KnowledgeLinkField, string[]>> {
	const [clusters, solutions, projects, events] = await Promise.all([
		db
			.selectFrom('knowledge_product_clusters as l')
			.innerJoin('clusters as c', 'c.id', 'l.cluster_id')
			.select('c.slug')
			.where('l.knowledge_product_id', '=', productId)
			.execute(),
		db
			.selectFrom('knowledge_product_solutions as l')
			.innerJoin('solutions as s', 's.id', 'l.solution_id')
			.select('s.slug')
			.where('l.knowledge_product_id', '=', productId)
			.execute(),
		db
			.selectFrom('knowledge_product_projects as l')
			.innerJoin('projects as p', 'p.id', 'l.project_id')
			.select('p.slug')
			.where('l.knowledge_product_id', '=', productId)
			.execute(),
		db
			.selectFrom('knowledge_product_events as l')
			.innerJoin('events as e', 'e.id', 'l.event_id')
			.select('e.slug')
			.where('l.knowledge_product_id', '=', productId)
			.execute()
	]);
	const slugs = (rows: { slug: string }[]) => rows.map((row) => row.slug);
	return {
		clusters: slugs(clusters),
		solutions: slugs(solutions),
		projects: slugs(projects),
		events: slugs(events)
	};
}

export async function findKnowledgeRowBySlug(
	db: Db,
	slug: string
): Promise<Row<'knowledge_products'> | undefined> {
	return db
		.selectFrom('knowledge_products')
		.selectAll()
		.where('slug', '=', slug)
		.executeTakeFirst();
}

export async function insertKnowledgeProduct(
	db: Db,
	row: Insertable<Database['knowledge_products']>
): Promise<number> {
	const inserted = await db
		.insertInto('knowledge_products')
		.values(row)
		.returning('id')
		.executeTakeFirstOrThrow();
	return inserted.id;
}

export async function updateKnowledgeRow(
	db: Db,
	id: number,
	changes: Updateable<Database['knowledge_products']>
): Promise<void> {
	await db.updateTable('knowledge_products').set(changes).where('id', '=', id).execute();
}

/** Replaces the product's links of one kind with the given record ids. */
export async function replaceKnowledgeLinks(
	db: Db,
	productId: number,
	field: KnowledgeLinkField,
	ids: readonly number[]
): Promise<void> {
	const knowledge_product_id = productId;
	switch (field) {
		case 'clusters':
			await db
				.deleteFrom('knowledge_product_clusters')
				.where('knowledge_product_id', '=', productId)
				.execute();
			if (ids.length > 0) {
				await db
					.insertInto('knowledge_product_clusters')
					.values(ids.map((cluster_id) => ({ knowledge_product_id, cluster_id })))
					.execute();
			}
			return;
		case 'solutions':
			await db
				.deleteFrom('knowledge_product_solutions')
				.where('knowledge_product_id', '=', productId)
				.execute();
			if (ids.length > 0) {
				await db
					.insertInto('knowledge_product_solutions')
					.values(ids.map((solution_id) => ({ knowledge_product_id, solution_id })))
					.execute();
			}
			return;
		case 'projects':
			await db
				.deleteFrom('knowledge_product_projects')
				.where('knowledge_product_id', '=', productId)
				.execute();
			if (ids.length > 0) {
				await db
					.insertInto('knowledge_product_projects')
					.values(ids.map((project_id) => ({ knowledge_product_id, project_id })))
					.execute();
			}
			return;
		case 'events':
			await db
				.deleteFrom('knowledge_product_events')
				.where('knowledge_product_id', '=', productId)
				.execute();
			if (ids.length > 0) {
				await db
					.insertInto('knowledge_product_events')
					.values(ids.map((event_id) => ({ knowledge_product_id, event_id })))
					.execute();
			}
			return;
	}
}
