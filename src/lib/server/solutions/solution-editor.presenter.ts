import type { SdgGoalName, SectorName } from '../taxonomy/taxonomy.repository.ts';
import type { SolutionFormValues } from './solution-editor.schema.ts';
import type { SolutionParts } from './solution-editor.repository.ts';
import {
	canBeSubmitted,
	type EditLevel,
	type ReviewAction,
	type SolutionStatus
} from './solution-workflow.rules.ts';
import type { SolutionRow } from './solutions.repository.ts';

/** What the solution form page shows. */
export interface SolutionEditor {
	/** Null on `/solutions/new`. */
	solution: {
		slug: string;
		title: string;
		status: SolutionStatus;
		version: number;
		updatedAt: string;
	} | null;
	values: SolutionFormValues;
	/** How much saving validates; null when the solution cannot be edited in its status. */
	level: EditLevel | null;
	/** Whether the "Submit for review" button is offered. */
	canSubmit: boolean;
	/** Whether drafts save themselves while typing (never for published solutions: each save of those is a version). */
	autosave: boolean;
	/** False when the person has no active membership, so cannot write a solution yet. */
	canCreate: boolean;
	options: {
		organizations: { slug: string; name: string }[];
		goals: SdgGoalName[];
		sectors: SectorName[];
		languages: string[];
	};
	/** The last moderation step, shown above the form (a curator's comment to act on). */
	lastReview: { action: ReviewAction; comment: string | null; at: string } | null;
	/** On `/solutions/new`: the person's solutions not yet published, to carry on with. */
	inProgress: { slug: string; title: string; status: SolutionStatus; updatedAt: string }[];
}

export function presentSolutionEditor(input: {
	solution: SolutionRow | null;
	values: SolutionFormValues;
	level: EditLevel | null;
	canCreate: boolean;
	options: SolutionEditor['options'];
	inProgress: SolutionEditor['inProgress'];
	lastReview?: SolutionEditor['lastReview'];
}): SolutionEditor {
	const { solution, level } = input;
	const status = solution?.status ?? 'draft';
	return {
		solution: solution && {
			slug: solution.slug,
			title: solution.title,
			status: solution.status,
			version: solution.version,
			updatedAt: solution.updated_at
		},
		values: input.values,
		level,
		canSubmit: level !== null && canBeSubmitted(status),
		autosave: level === 'draft',
		canCreate: input.canCreate,
		options: input.options,
		lastReview: input.lastReview ?? null,
		inProgress: input.inProgress
	};
}

/** An existing solution as the form shows it: names people can read and type again. */
export function toFormValues(row: SolutionRow, parts: SolutionParts): SolutionFormValues {
	const year = (value: number | null) => (value === null ? '' : String(value));
	// A city whose name is shared with another one keeps its country, to be found again.
	const cityNames = parts.cities.map((city) => city.name.toLowerCase());
	return {
		title: row.title,
		summary: row.summary,
		challenge: row.challenge,
		solution: row.solution,
		results: row.results,
		replicability: row.replicability ?? '',
		enablingFactors: row.enabling_factors ?? '',
		constraints: row.constraints ?? '',
		resourcesMobilized: row.resources_mobilized ?? '',
		contactName: row.contact_name ?? '',
		contactEmail: row.contact_email ?? '',
		language: row.language,
		modality: row.modality,
		organization: parts.organization?.slug ?? '',
		startYear: year(row.start_year),
		endYear: year(row.end_year),
		countries: parts.countries.map((country) => country.name).join(', '),
		cities: parts.cities
			.map((city) =>
				cityNames.filter((name) => name === city.name.toLowerCase()).length > 1
					? `${city.name} (${city.countryCode})`
					: city.name
			)
			.join(', '),
		targets: parts.targets.join(', '),
		sdgs: parts.sdgs.map(String),
		sectors: parts.sectors,
		partners: parts.partners.map((partner) => ({ name: partner.name, role: partner.role }))
	};
}

export function presentSolutionsInProgress(
	rows: { slug: string; title: string; status: SolutionStatus; updated_at: string }[]
): SolutionEditor['inProgress'] {
	return rows.map((row) => ({
		slug: row.slug,
		title: row.title,
		status: row.status,
		updatedAt: row.updated_at
	}));
}
