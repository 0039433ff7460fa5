import { presentSdgBadges, presentSectors, type SdgBadge } from '../taxonomy/taxonomy.presenter.ts';
import type { TaxonomyNames } from '../taxonomy/taxonomy.service.ts';
import type { SolutionRelations, SolutionRow } from './solutions.repository.ts';

export interface SolutionCard {
	slug: string;
	reference: string | null;
	title: string;
	summary: string;
	language: string;
	modality: SolutionRow['modality'];
	startYear: number | null;
	places: { countries: { code: string; name: string }[]; cities: string[] };
	organizations: { slug: string; name: string; verified: boolean; role: string }[];
	sdgs: SdgBadge[];
	sectors: { slug: string; name: string }[];
	publishedAt: string | null;
}

export interface SolutionDetail extends SolutionCard {
	challenge: string;
	solution: string;
	results: string;
	replicability: string | null;
	status: SolutionRow['status'];
	clusters: { slug: string; name: string }[];
	updatedAt: string;
}

export function presentSolutionCard(
	row: SolutionRow,
	relations: SolutionRelations,
	names: TaxonomyNames
): SolutionCard {
	return {
		slug: row.slug,
		reference: row.reference,
		title: row.title,
		summary: row.summary,
		language: row.language,
		modality: row.modality,
		startYear: row.start_year,
		places: {
			countries: relations.countries,
			cities: relations.cities.map((city) => city.name)
		},
		organizations: relations.organizations.map(({ slug, name, verified, role }) => ({
			slug,
			name,
			verified,
			role
		})),
		sdgs: presentSdgBadges(relations.sdgs, names.goals),
		sectors: presentSectors(relations.sectors, names.sectors),
		publishedAt: row.published_at
	};
}

export function presentSolutionDetail(
	row: SolutionRow,
	relations: SolutionRelations,
	clusters: { slug: string; name: string }[],
	names: TaxonomyNames
): SolutionDetail {
	return {
		...presentSolutionCard(row, relations, names),
		challenge: row.challenge,
		solution: row.solution,
		results: row.results,
		replicability: row.replicability,
		status: row.status,
		clusters,
		updatedAt: row.updated_at
	};
}
