import type { ReadContext } from '../context.ts';
import { toPaging } from '../db/paging.ts';
import { notFound } from '../http/errors.ts';
import type { Page } from '../http/query.ts';
import { listRegions } from '../places/places.repository.ts';
import { listFacetOptions, loadTaxonomyNames } from '../taxonomy/taxonomy.service.ts';
import { canReadSolution, visibleSolutionStatuses } from './solutions.policy.ts';
import {
	presentSolutionCard,
	presentSolutionDetail,
	type SolutionCard,
	type SolutionDetail
} from './solutions.presenter.ts';
import {
	findCountriesWithSolutions,
	findSolutionBySlug,
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

export async function getSolution(context: ReadContext, slug: string): Promise<SolutionDetail> {
	const { db, actor, locale } = context;
	const row = await findSolutionBySlug(db, slug);
	if (!row || !canReadSolution(actor, row)) throw notFound('solution');
	const [relations, clusters, names] = await Promise.all([
		loadSolutionRelations(db, [row.id], locale),
		findSolutionClusters(db, row.id),
		loadTaxonomyNames(db, locale)
	]);
	return presentSolutionDetail(row, relations.get(row.id)!, clusters, names);
}

/**
 * The catalogue page: one page of solutions plus what the filter form offers (goals, sectors,
 * regions, countries), all in the reader's language.
 */
export async function getSolutionCatalogue(context: ReadContext, query: SolutionListQuery) {
	const [page, facets, regions, countries] = await Promise.all([
		listSolutions(context, query),
		listFacetOptions(context.db, context.locale),
		listRegions(context.db),
		findCountriesWithSolutions(context.db, context.locale)
	]);
	return { ...page, facets: { ...facets, regions, countries } };
}
