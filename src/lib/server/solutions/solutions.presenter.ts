import { presentSdgBadges, presentSectors, type SdgBadge } from '../taxonomy/taxonomy.presenter.ts';
import type { TaxonomyNames } from '../taxonomy/taxonomy.service.ts';
import type { AttachmentView } from './solution-attachments.presenter.ts';
import type { TranslatableField } from './solution-translations.schema.ts';
import type { LocalizedSolution } from './solution-translations.service.ts';
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

/**
 * One solution as its page and `GET /api/v1/solutions/<slug>` show it. Texts are in the reader's
 * language when a translation exists: `language` is the language they are in, `originalLanguage`
 * the one the solution was written in.
 */
export interface SolutionDetail extends SolutionCard {
	challenge: string;
	solution: string;
	results: string;
	replicability: string | null;
	enablingFactors: string | null;
	constraints: string | null;
	resourcesMobilized: string | null;
	status: SolutionRow['status'];
	clusters: { slug: string; name: string }[];
	updatedAt: string;
	originalLanguage: string;
	/** The original first, then the languages it is translated into. */
	availableLanguages: string[];
	/** Sections shown in the original language because the translation lacks them. */
	untranslatedFields: TranslatableField[];
	period: { startYear: number | null; endYear: number | null };
	contact: { name: string | null; email: string | null } | null;
	targets: { code: string; goal: number; title: string }[];
	attachments: AttachmentView[];
	/** What the reader may do with the solution, for the page's links. */
	permissions: { edit: boolean; translate: boolean };
}

/** What the detail adds to the catalogue's rows: translations, targets, files, permissions. */
export interface SolutionDetailExtras {
	localized: LocalizedSolution;
	targets: SolutionDetail['targets'];
	attachments: AttachmentView[];
	permissions: SolutionDetail['permissions'];
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
	names: TaxonomyNames,
	extras: SolutionDetailExtras
): SolutionDetail {
	const { localized } = extras;
	const { texts } = localized;
	return {
		...presentSolutionCard(row, relations, names),
		title: texts.title,
		summary: texts.summary,
		language: localized.shownLanguage,
		challenge: texts.challenge,
		solution: texts.solution,
		results: texts.results,
		replicability: texts.replicability,
		enablingFactors: texts.enablingFactors,
		constraints: texts.constraints,
		resourcesMobilized: row.resources_mobilized,
		status: row.status,
		clusters,
		updatedAt: row.updated_at,
		originalLanguage: localized.originalLanguage,
		availableLanguages: localized.availableLanguages,
		untranslatedFields: localized.untranslatedFields,
		period: { startYear: row.start_year, endYear: row.end_year },
		contact:
			row.contact_name || row.contact_email
				? { name: row.contact_name, email: row.contact_email }
				: null,
		targets: extras.targets,
		attachments: extras.attachments,
		permissions: extras.permissions
	};
}
