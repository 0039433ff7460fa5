import type { ReadContext } from '../context.ts';
import { toPaging } from '../db/paging.ts';
import { forbidden, notFound } from '../http/errors.ts';
import type { Page } from '../http/query.ts';
import { loadTaxonomyNames } from '../taxonomy/taxonomy.service.ts';
import { canReadProjects } from './projects.policy.ts';
import {
	presentProjectCard,
	presentProjectDetail,
	type ProjectCard,
	type ProjectDetail
} from './projects.presenter.ts';
import {
	findProjectBySlug,
	findProjects,
	listProgrammes,
	loadProjectContext,
	loadProjectRelations
} from './projects.repository.ts';
import type { ProjectListQuery } from './projects.schema.ts';

export async function listProjects(
	{ db, actor, locale }: ReadContext,
	query: ProjectListQuery,
	scope: { clusterSlug?: string } = {}
): Promise<Page<ProjectCard> & { programmes: string[] }> {
	if (!canReadProjects(actor)) throw forbidden();
	const { rows, total } = await findProjects(
		db,
		{
			programme: query.programme,
			statuses: query.status,
			countries: query.country,
			sdgs: query.sdg,
			...scope
		},
		toPaging(query.page, query.pageSize)
	);
	const [relations, names, programmes] = await Promise.all([
		loadProjectRelations(
			db,
			rows.map((row) => row.id),
			locale
		),
		loadTaxonomyNames(db, locale),
		listProgrammes(db)
	]);
	return {
		data: rows.map((row) => presentProjectCard(row, relations.get(row.id)!, names)),
		page: query.page,
		pageSize: query.pageSize,
		total,
		programmes
	};
}

export async function getProject(
	{ db, actor, locale }: ReadContext,
	slug: string
): Promise<ProjectDetail> {
	if (!canReadProjects(actor)) throw forbidden();
	const row = await findProjectBySlug(db, slug);
	if (!row) throw notFound('project');
	const [relations, context, names] = await Promise.all([
		loadProjectRelations(db, [row.id], locale),
		loadProjectContext(db, row.id),
		loadTaxonomyNames(db, locale)
	]);
	return presentProjectDetail(row, relations.get(row.id)!, context, names);
}
