import { z } from 'zod';
import { PLANNED_LOCALES } from '../../i18n/locales.ts';
import type { EditLevel } from './solution-workflow.rules.ts';

export const PARTNER_ROLES = ['provider', 'implementer', 'funder'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];
export const MODALITIES = ['south-south', 'triangular'] as const;
export type Modality = (typeof MODALITIES)[number];
export const SOLUTION_LANGUAGES = PLANNED_LOCALES;

export const LIMITS = {
	title: 200,
	summary: 1_000,
	text: 20_000,
	line: 200,
	years: { min: 1950, max: 2100 },
	countries: 30,
	cities: 50,
	targets: 40,
	partners: 30
} as const;

const text = z.string().max(40_000).default('');

/**
 * The guided solution form, as typed: every field a string (or a list of them), so a form that
 * fails validation can be shown again exactly as it was. Names match the form's inputs. The bounds
 * here only refuse absurd input; `checkSolutionForm` gives the friendly per-field messages.
 */
export const solutionFormSchema = z.object({
	title: text,
	summary: text,
	challenge: text,
	solution: text,
	results: text,
	replicability: text,
	enablingFactors: text,
	constraints: text,
	resourcesMobilized: text,
	contactName: text,
	contactEmail: text,
	/** The language the texts are written in (one of the seven interface languages). */
	language: text,
	modality: text,
	/** Slug of the submitting organization. */
	organization: text,
	startYear: text,
	endYear: text,
	/** Country names or ISO codes, separated by commas. */
	countries: text,
	/** City names, separated by commas; "Koidu (SL)" tells same-named cities apart. */
	cities: text,
	/** SDG target codes such as "11.6, 6.a". */
	targets: text,
	sdgs: z.array(z.string().max(10)).max(40).default([]),
	sectors: z.array(z.string().max(80)).max(80).default([]),
	/** Partner rows: a name or address (slug) and a role. Empty rows are ignored. */
	partners: z
		.array(z.object({ name: z.string().max(1_000), role: z.string().max(40) }))
		.max(60)
		.default([])
});

export type SolutionFormValues = z.output<typeof solutionFormSchema>;

type TextField = Exclude<keyof SolutionFormValues, 'sdgs' | 'sectors' | 'partners'>;
const TEXT_FIELDS = Object.keys(solutionFormSchema.shape).filter(
	(name): name is TextField => !['sdgs', 'sectors', 'partners'].includes(name)
);

export function emptySolutionForm(): SolutionFormValues {
	return solutionFormSchema.parse({});
}

/**
 * Reads the form post into form values: repeated inputs (`sdgs`, `sectors`, and the partner rows'
 * `partnerName`/`partnerRole` pairs) keep their order.
 */
export function readSolutionForm(form: FormData): Record<string, unknown> {
	const all = (name: string) =>
		form.getAll(name).filter((value): value is string => typeof value === 'string');
	const names = all('partnerName');
	const roles = all('partnerRole');
	return {
		...Object.fromEntries(TEXT_FIELDS.map((name) => [name, form.get(name) ?? ''])),
		sdgs: all('sdgs'),
		sectors: all('sectors'),
		partners: names.map((name, index) => ({ name, role: roles[index] ?? '' }))
	};
}

/** What a failed post shows again: the input as typed, or an empty form if it was not a form. */
export function keptSolutionForm(input: unknown): SolutionFormValues {
	const result = solutionFormSchema.safeParse(input);
	return result.success ? result.data : emptySolutionForm();
}

/** The fields of a form left empty, e.g. those an older published solution never had. */
export function emptyFields(values: SolutionFormValues): Set<string> {
	return new Set(
		Object.entries(values)
			.filter(([, value]) =>
				Array.isArray(value) ? value.length === 0 : String(value).trim() === ''
			)
			.map(([field]) => field)
	);
}

/** A problem with one field, as a message key and its values, translated by the service. */
export interface FormProblem {
	field: string;
	key: string;
	values?: Record<string, string | number>;
}

/** What the form says once checked, before names are looked up in the database. */
export interface CheckedSolution {
	title: string;
	summary: string;
	challenge: string;
	solution: string;
	results: string;
	replicability: string | null;
	enablingFactors: string | null;
	constraints: string | null;
	resourcesMobilized: string | null;
	contactName: string | null;
	contactEmail: string | null;
	language: string | null;
	modality: Modality | null;
	organization: string | null;
	startYear: number | null;
	endYear: number | null;
	countries: string[];
	cities: string[];
	targets: string[];
	sdgs: number[];
	sectors: string[];
	partners: { row: number; name: string; role: PartnerRole }[];
}

function normalizeText(value: string): string {
	return value.replace(/\r\n?/g, '\n').trim();
}

/** "Sierra Leone, Kenya; Ghana" → ["Sierra Leone", "Kenya", "Ghana"], without repeats. */
export function splitList(value: string): string[] {
	const seen = new Set<string>();
	const items: string[] = [];
	for (const item of value.split(/[,;\n]+/)) {
		const trimmed = item.trim().replace(/\s+/g, ' ');
		const key = trimmed.toLocaleLowerCase();
		if (trimmed === '' || seen.has(key)) continue;
		seen.add(key);
		items.push(trimmed);
	}
	return items;
}

const TARGET_CODE = /^(\d{1,2})\.([0-9]{1,2}|[a-z])$/;

/** The goal of a target code ("11.6" → 11), or null when it is not shaped like one. */
export function goalOfTarget(code: string): number | null {
	const match = TARGET_CODE.exec(code);
	if (!match) return null;
	const goal = Number(match[1]);
	return goal >= 1 && goal <= 17 ? goal : null;
}

/**
 * Checks a solution form against the rules of its level: a draft needs only a title; a complete
 * solution needs every section a reader relies on. Values that are given are always checked
 * (a year must be a year), so nothing is silently dropped when a draft is saved.
 * `alreadyEmpty` names required fields an edit may leave empty because they already were (older
 * published solutions predate some of the rules): an edit must not empty a field, nor need it
 * fill every gap at once.
 */
export function checkSolutionForm(
	values: SolutionFormValues,
	level: EditLevel,
	{ alreadyEmpty = new Set() }: { alreadyEmpty?: ReadonlySet<string> } = {}
): { solution: CheckedSolution; problems: FormProblem[] } {
	const problems: FormProblem[] = [];
	const problem = (field: string, key: string, problemValues?: FormProblem['values']) =>
		problems.push({ field, key, values: problemValues });
	const needs = (field: keyof SolutionFormValues) =>
		level === 'complete' && !alreadyEmpty.has(field);

	const text = (field: keyof SolutionFormValues, max: number, required: boolean) => {
		const value = normalizeText(String(values[field]));
		if (value === '' && required && needs(field)) problem(field, 'solutionForm.error.required');
		if (value.length > max) problem(field, 'solutionForm.error.tooLong', { max });
		return value;
	};
	const optional = (field: keyof SolutionFormValues, max: number, required = false) =>
		text(field, max, required) || null;

	const title = normalizeText(values.title);
	if (title === '') problem('title', 'solutionForm.error.titleRequired');
	if (title.length > LIMITS.title) {
		problem('title', 'solutionForm.error.tooLong', { max: LIMITS.title });
	}

	const contactEmail = optional('contactEmail', LIMITS.line, true);
	if (contactEmail && !z.email().safeParse(contactEmail).success) {
		problem('contactEmail', 'solutionForm.error.email');
	}

	const language = values.language.trim() || null;
	if (
		language === null
			? needs('language')
			: !(SOLUTION_LANGUAGES as readonly string[]).includes(language)
	)
		problem('language', 'solutionForm.error.language');
	const modality = values.modality.trim() || null;
	if (modality === null ? needs('modality') : !(MODALITIES as readonly string[]).includes(modality))
		problem('modality', 'solutionForm.error.modality');
	const organization = values.organization.trim() || null;
	if (organization === null && needs('organization'))
		problem('organization', 'solutionForm.error.organization');

	const year = (field: 'startYear' | 'endYear', required: boolean) => {
		const raw = values[field].trim();
		if (raw === '') {
			if (required && needs(field)) problem(field, 'solutionForm.error.required');
			return null;
		}
		const value = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
		if (!(value >= LIMITS.years.min && value <= LIMITS.years.max)) {
			problem(field, 'solutionForm.error.year', LIMITS.years);
			return null;
		}
		return value;
	};
	const startYear = year('startYear', true);
	const endYear = year('endYear', false);
	if (startYear !== null && endYear !== null && endYear < startYear) {
		problem('endYear', 'solutionForm.error.endBeforeStart');
	}

	const list = (field: 'countries' | 'cities' | 'targets', max: number, requiredKey?: string) => {
		const items = splitList(values[field]);
		if (items.length > max) problem(field, 'solutionForm.error.tooMany', { max });
		if (items.length === 0 && requiredKey && needs(field)) problem(field, requiredKey);
		return items.slice(0, max);
	};
	const countries = list('countries', LIMITS.countries, 'solutionForm.error.countryRequired');
	const cities = list('cities', LIMITS.cities);
	const targets: string[] = [];
	for (const code of list('targets', LIMITS.targets).map((item) => item.toLowerCase())) {
		if (goalOfTarget(code) === null)
			problem('targets', 'solutionForm.error.targetFormat', { code });
		else targets.push(code);
	}

	const sdgs = [...new Set(values.sdgs.map(Number))].sort((a, b) => a - b);
	if (sdgs.some((goal) => !Number.isInteger(goal) || goal < 1 || goal > 17)) {
		problem('sdgs', 'solutionForm.error.unknownGoal');
	}
	for (const code of targets) {
		const goal = goalOfTarget(code)!;
		if (!sdgs.includes(goal)) sdgs.push(goal);
	}
	sdgs.sort((a, b) => a - b);
	if (sdgs.length === 0 && needs('sdgs')) problem('sdgs', 'solutionForm.error.goalRequired');

	const sectors = [...new Set(values.sectors.map((sector) => sector.trim()))].filter(Boolean);
	if (sectors.length === 0 && needs('sectors'))
		problem('sectors', 'solutionForm.error.sectorRequired');

	const partners: CheckedSolution['partners'] = [];
	const seenPartners = new Set<string>();
	values.partners.forEach((partner, row) => {
		const name = partner.name.trim().replace(/\s+/g, ' ');
		if (name === '') return;
		if (!(PARTNER_ROLES as readonly string[]).includes(partner.role)) {
			problem(`partners.${row}`, 'solutionForm.error.role');
			return;
		}
		const key = `${name.toLocaleLowerCase()}|${partner.role}`;
		if (seenPartners.has(key)) return;
		seenPartners.add(key);
		partners.push({ row, name, role: partner.role as PartnerRole });
	});
	if (partners.length > LIMITS.partners) {
		problem('partners', 'solutionForm.error.tooMany', { max: LIMITS.partners });
	}
	if (
		partners.length === 0 &&
		needs('partners') &&
		!problems.some((p) => p.field.startsWith('partners'))
	) {
		problem('partners', 'solutionForm.error.partnerRequired');
	}

	return {
		solution: {
			title,
			summary: text('summary', LIMITS.summary, true),
			challenge: text('challenge', LIMITS.text, true),
			solution: text('solution', LIMITS.text, true),
			results: text('results', LIMITS.text, true),
			replicability: optional('replicability', LIMITS.text, true),
			enablingFactors: optional('enablingFactors', LIMITS.text),
			constraints: optional('constraints', LIMITS.text),
			resourcesMobilized: optional('resourcesMobilized', LIMITS.text),
			contactName: optional('contactName', LIMITS.line, true),
			contactEmail,
			language,
			modality: modality as Modality | null,
			organization,
			startYear,
			endYear,
			countries,
			cities,
			targets,
			sdgs,
			sectors,
			partners: partners.slice(0, LIMITS.partners)
		},
		problems
	};
}
