import type { ReadContext } from '../context.ts';
import { toPaging } from '../db/paging.ts';
import { forbidden, notFound } from '../http/errors.ts';
import type { Page } from '../http/query.ts';
import { canReadKnowledge } from './knowledge.policy.ts';
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
		{ kind: query.kind },
		toPaging(query.page, query.pageSize)
	);
	return {
		data: rows.map(presentKnowledgeCard),
		page: query.page,
		pageSize: query.pageSize,
		total
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
