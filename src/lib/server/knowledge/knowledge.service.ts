import type { ReadContext } from '../context.ts';
import { toPaging } from '../db/paging.ts';
import { editorOrganizationIds } from '../events/events.policy.ts';
import { forbidden, notFound } from '../http/errors.ts';
import type { Page } from '../http/query.ts';
import { findClusterChoices, type LinkChoice } from './knowledge-editor.repository.ts';
import { canEditKnowledge, canPublishKnowledge, canReadKnowledge } from './knowledge.policy.ts';
import {
	presentKnowledgeCard,
	presentKnowledgeDetail,
	type KnowledgeProductCard,
	type KnowledgeProductDetail
} from './knowledge.presenter.ts';
import {
	findKnowledgeProductBySlug,
	findKnowledgeProducts,
	loadKnowledgeLinks
} from './knowledge.repository.ts';
import type { KnowledgeListQuery } from './knowledge.schema.ts';

export async function listKnowledgeProducts(
	{ db, actor }: ReadContext,
	query: KnowledgeListQuery
): Promise<Page<KnowledgeProductCard>> {
	if (!canReadKnowledge(actor)) throw forbidden();
	const { rows, total } = await findKnowledgeProducts(
		db,
		{ kind: query.kind, cluster: query.cluster, language: query.language },
		toPaging(query.page, query.pageSize)
	);
	return {
		data: rows.map(presentKnowledgeCard),
		page: query.page,
		pageSize: query.pageSize,
		total
	};
}

export interface KnowledgeCatalogue extends Page<KnowledgeProductCard> {
	/** The clusters to filter by. */
	clusters: LinkChoice[];
	/** Whether the reader may publish a product (the page offers the form). */
	canPublish: boolean;
}

/** The `/knowledge` page: one page of products, the filter choices, and what the reader may do. */
export async function getKnowledgeCatalogue(
	context: ReadContext,
	query: KnowledgeListQuery
): Promise<KnowledgeCatalogue> {
	const [page, clusters, editorOf] = await Promise.all([
		listKnowledgeProducts(context, query),
		findClusterChoices(context.db),
		editorOrganizationIds(context.db, context.actor)
	]);
	return {
		...page,
		clusters,
		canPublish: canPublishKnowledge(context.actor, editorOf)
	};
}

export async function getKnowledgeProduct(
	{ db, actor }: ReadContext,
	slug: string
): Promise<KnowledgeProductDetail> {
	if (!canReadKnowledge(actor)) throw forbidden();
	const row = await findKnowledgeProductBySlug(db, slug);
	if (!row) throw notFound('knowledge product');
	return presentKnowledgeDetail(row, await loadKnowledgeLinks(db, row.id));
}

/** A product's page: the product, and whether the reader may edit it. */
export async function getKnowledgePage(
	context: ReadContext,
	slug: string
): Promise<{ product: KnowledgeProductDetail; canEdit: boolean }> {
	if (!canReadKnowledge(context.actor)) throw forbidden();
	const row = await findKnowledgeProductBySlug(context.db, slug);
	if (!row) throw notFound('knowledge product');
	const [links, editorOf] = await Promise.all([
		loadKnowledgeLinks(context.db, row.id),
		editorOrganizationIds(context.db, context.actor)
	]);
	return {
		product: presentKnowledgeDetail(row, links),
		canEdit: canEditKnowledge(context.actor, editorOf, row.publisher_organization_id)
	};
}
