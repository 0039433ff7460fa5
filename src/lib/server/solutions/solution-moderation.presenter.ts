import { presentSdgBadges, type SdgBadge } from '../taxonomy/taxonomy.presenter.ts';
import type { TaxonomyNames } from '../taxonomy/taxonomy.service.ts';
import type { SolutionParts } from './solution-editor.repository.ts';
import type { ReviewAction, SolutionStatus } from './solution-workflow.rules.ts';
import type { SolutionRow } from './solutions.repository.ts';

export interface QueueEntry {
	slug: string;
	title: string;
	language: string;
	organization: { slug: string; name: string } | null;
	submitter: string | null;
	submittedAt: string | null;
	/** Whole days since it was submitted. */
	waitingDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function presentQueueEntry(
	row: {
		slug: string;
		title: string;
		language: string;
		submitted_at: string | null;
		organizationSlug: string | null;
		organizationName: string | null;
		submitter: string | null;
	},
	now: Date
): QueueEntry {
	const since = row.submitted_at ? Date.parse(row.submitted_at) : now.getTime();
	return {
		slug: row.slug,
		title: row.title,
		language: row.language,
		organization:
			row.organizationSlug && row.organizationName
				? { slug: row.organizationSlug, name: row.organizationName }
				: null,
		submitter: row.submitter,
		submittedAt: row.submitted_at,
		waitingDays: Math.max(0, Math.floor((now.getTime() - since) / DAY_MS))
	};
}

/** The whole submission, as a curator reads it before deciding. */
export interface ModerationItem {
	slug: string;
	status: SolutionStatus;
	/** Submitted: publish, request changes or reject. */
	canDecide: boolean;
	/** Published: archive. */
	canArchive: boolean;
	title: string;
	summary: string;
	language: string;
	modality: SolutionRow['modality'];
	organization: { slug: string; name: string } | null;
	sections: { field: SectionField; text: string }[];
	partners: { slug: string; name: string; role: string }[];
	places: { countries: string[]; cities: string[] };
	sdgs: SdgBadge[];
	targets: string[];
	sectors: string[];
	period: { start: number | null; end: number | null };
	contact: { name: string | null; email: string | null };
	submittedAt: string | null;
	log: { action: ReviewAction; at: string; by: string | null; comment: string | null }[];
}

export type SectionField =
	| 'challenge'
	| 'solution'
	| 'results'
	| 'replicability'
	| 'enablingFactors'
	| 'constraints'
	| 'resourcesMobilized';

export function presentModerationItem(
	row: SolutionRow,
	parts: SolutionParts,
	names: TaxonomyNames,
	reviews: {
		action: ReviewAction;
		created_at: string;
		display_name: string | null;
		comment: string | null;
	}[]
): ModerationItem {
	const sections: ModerationItem['sections'] = [
		{ field: 'challenge' as const, text: row.challenge },
		{ field: 'solution' as const, text: row.solution },
		{ field: 'results' as const, text: row.results },
		{ field: 'replicability' as const, text: row.replicability ?? '' },
		{ field: 'enablingFactors' as const, text: row.enabling_factors ?? '' },
		{ field: 'constraints' as const, text: row.constraints ?? '' },
		{ field: 'resourcesMobilized' as const, text: row.resources_mobilized ?? '' }
	].filter((section) => section.text !== '');
	return {
		slug: row.slug,
		status: row.status,
		canDecide: row.status === 'submitted',
		canArchive: row.status === 'published',
		title: row.title,
		summary: row.summary,
		language: row.language,
		modality: row.modality,
		organization: parts.organization && {
			slug: parts.organization.slug,
			name: parts.organization.name
		},
		sections,
		partners: parts.partners,
		places: {
			countries: parts.countries.map((country) => country.name),
			cities: parts.cities.map((city) => city.name)
		},
		sdgs: presentSdgBadges(parts.sdgs, names.goals),
		targets: parts.targets,
		sectors: parts.sectors.map((slug) => names.sectors.get(slug)?.name ?? slug),
		period: { start: row.start_year, end: row.end_year },
		contact: { name: row.contact_name, email: row.contact_email },
		submittedAt: row.submitted_at,
		log: reviews.map((review) => ({
			action: review.action,
			at: review.created_at,
			by: review.display_name,
			comment: review.comment
		}))
	};
}
