import { presentSdgBadges, presentSectors, type SdgBadge } from '../taxonomy/taxonomy.presenter.ts';
import type { TaxonomyNames } from '../taxonomy/taxonomy.service.ts';
import type { loadProjectContext, ProjectRelations, ProjectRow } from './projects.repository.ts';

export interface ProjectCard {
	slug: string;
	title: string;
	summary: string;
	programme: string;
	status: ProjectRow['status'];
	startDate: string | null;
	endDate: string | null;
	countries: { code: string; name: string }[];
	cities: string[];
	organizations: ProjectRelations['organizations'];
	sdgs: SdgBadge[];
	sectors: { slug: string; name: string }[];
}

export type ProjectContext = Awaited<ReturnType<typeof loadProjectContext>>;

export interface ProjectDetail extends ProjectCard {
	budget: { amount: number; currency: string } | null;
	iatiIdentifier: string | null;
	clusters: ProjectContext['clusters'];
	indicators: ProjectContext['indicators'];
	knowledgeProducts: ProjectContext['knowledgeProducts'];
	events: { slug: string; title: string; startsAt: string }[];
}

export function presentProjectCard(
	row: ProjectRow,
	relations: ProjectRelations,
	names: TaxonomyNames
): ProjectCard {
	return {
		slug: row.slug,
		title: row.title,
		summary: row.summary,
		programme: row.programme,
		status: row.status,
		startDate: row.start_date,
		endDate: row.end_date,
		countries: relations.countries,
		cities: relations.cities,
		organizations: relations.organizations,
		sdgs: presentSdgBadges(relations.sdgs, names.goals),
		sectors: presentSectors(relations.sectors, names.sectors)
	};
}

export function presentProjectDetail(
	row: ProjectRow,
	relations: ProjectRelations,
	context: ProjectContext,
	names: TaxonomyNames
): ProjectDetail {
	return {
		...presentProjectCard(row, relations, names),
		budget:
			row.budget_amount !== null && row.budget_currency
				? { amount: row.budget_amount, currency: row.budget_currency }
				: null,
		iatiIdentifier: row.iati_identifier,
		clusters: context.clusters,
		indicators: context.indicators,
		knowledgeProducts: context.knowledgeProducts,
		events: context.events.map(({ slug, title, starts_at }) => ({
			slug,
			title,
			startsAt: starts_at
		}))
	};
}
