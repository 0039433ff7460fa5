import type { ReadContext } from '../context.ts';
import { toPaging } from '../db/paging.ts';
import type { Page } from '../http/query.ts';
import { loadTaxonomyNames } from '../taxonomy/taxonomy.service.ts';
import { presentAttachmentsOf } from './solution-attachments.service.ts';
import { localAttachmentStorage, type AttachmentStorage } from './solution-attachments.storage.ts';
import { findSolutionTargets } from './solution-targets.repository.ts';
import { loadSolutionPermissions, localizeSolutions } from './solution-translations.service.ts';
import { visibleSolutionStatuses } from './solutions.policy.ts';
import {
	presentSolutionCard,
	presentSolutionDetail,
	type SolutionCard,
	type SolutionDetail
} from './solutions.presenter.ts';
import {
	findSolutionClusters,
	findSolutions,
	loadSolutionRelations
} from './solutions.repository.ts';
import type { SolutionListQuery } from './solutions.schema.ts';

/** Narrows a list to one partner's or one cluster's solutions. */
export interface SolutionScope {
	organizationSlug?: string;
	clusterSlug?: string;
}

/**
 * Lists the solutions the actor may see, filtered and paginated.
 * @example await listSolutions({ db, actor, locale: 'en' }, { page: 1, pageSize: 20, sdg: [11], ... })
 */
export async function listSolutions(
	context: ReadContext,
	query: SolutionListQuery,
	scope: SolutionScope = {}
): Promise<Page<SolutionCard>> {
	const { db, actor, locale } = context;
	const { rows, total } = await findSolutions(
		db,
		{
			text: query.q,
			sdgs: query.sdg,
			sectors: query.sector,
			countries: query.country,
			regions: query.region,
			statuses: visibleSolutionStatuses(actor),
			...scope
		},
		toPaging(query.page, query.pageSize)
	);
	const [relations, names] = await Promise.all([
		loadSolutionRelations(
			db,
			rows.map((row) => row.id),
			locale
		),
		loadTaxonomyNames(db, locale)
	]);
	return {
		data: rows.map((row) => presentSolutionCard(row, relations.get(row.id)!, names)),
		page: query.page,
		pageSize: query.pageSize,
		total
	};
}

/**
 * One solution in the reader's language (its translation when there is one, else the original),
 * with its targets, attachments and what the reader may do with it. Those who may edit a
 * solution see it before it is published; others get a 404.
 */
export async function getSolution(
	context: ReadContext,
	slug: string,
	storage: AttachmentStorage = localAttachmentStorage()
): Promise<SolutionDetail> {
	const { db, actor, locale } = context;
	const { solution: row, canEdit, canTranslate } = await loadSolutionPermissions(db, actor, slug);
	const [relations, clusters, names, localized, targets, attachments] = await Promise.all([
		loadSolutionRelations(db, [row.id], locale),
		findSolutionClusters(db, row.id),
		loadTaxonomyNames(db, locale),
		localizeSolutions(db, [row], locale),
		findSolutionTargets(db, row.id, locale),
		presentAttachmentsOf(db, storage, row)
	]);
	return presentSolutionDetail(row, relations.get(row.id)!, clusters, names, {
		localized: localized.get(row.id)!,
		targets,
		attachments,
		permissions: { edit: canEdit, translate: canTranslate }
	});
}
