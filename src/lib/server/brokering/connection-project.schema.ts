import { z } from 'zod';
import type { Translate } from '../../i18n/translator.ts';
import { PROJECT_STATUSES } from '../../vocabulary/project-statuses.ts';

/**
 * The pilot project form: a project made from a connection that reached "pilot launched",
 * pre-filled from the need and the match. Every field travels as text (or a list of texts), so a
 * form that fails validation is shown again exactly as it was typed.
 */

export const PROJECT_ROLES = ['funding', 'accountable', 'extending', 'implementing'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export const PROJECT_LIMITS = {
	title: { min: 5, max: 200 },
	summary: { min: 20, max: 5_000 },
	programme: { min: 2, max: 100 },
	organizations: 30,
	places: 30
} as const;

/** The programme a brokered pilot belongs to unless the broker names another. */
export const BROKERED_PROGRAMME = 'South-South Galaxy brokering';

export interface ProjectFormValues {
	title: string;
	summary: string;
	programme: string;
	status: string;
	/** YYYY-MM-DD or empty. */
	startDate: string;
	endDate: string;
	budgetAmount: string;
	budgetCurrency: string;
	/** Participating organizations by address (slug), each with its IATI role. */
	organizations: { organization: string; role: string }[];
	/** ISO 3166-1 alpha-2 codes, "SL, GH". */
	countries: string;
	/** City names in those countries, "Koidu, Freetown". */
	cities: string;
	sdgs: string[];
	sectors: string[];
}

const text = z
	.union([z.string(), z.number()])
	.transform(String)
	.pipe(z.string().max(20_000))
	.default('');
const list = z.preprocess(
	(value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]),
	z.array(z.union([z.string(), z.number()]).transform(String).pipe(z.string().max(200))).max(80)
);
/** A list given as one text ("SL, GH") or as an array (the API). */
const listOrText = z
	.union([z.array(z.union([z.string(), z.number()]).transform(String)).max(80), text])
	.transform((value) => (Array.isArray(value) ? value.join(', ') : value))
	.default('');

/** Raw input, from the form or the API; the bounds only refuse absurd input. */
const rawSchema = z.object({
	title: text,
	summary: text,
	programme: text,
	status: text,
	startDate: text,
	endDate: text,
	budgetAmount: text,
	budgetCurrency: text,
	organizations: z
		.array(z.object({ organization: text, role: text }))
		.max(80)
		.default([]),
	countries: listOrText,
	cities: listOrText,
	sdgs: list,
	sectors: list
});

/** Form values from any input (unknown fields dropped, missing ones empty). */
export function toProjectFormValues(input: unknown): ProjectFormValues {
	const parsed = rawSchema.safeParse(input ?? {});
	return parsed.success ? parsed.data : rawSchema.parse({});
}

/** Reads the form post: organization rows come as aligned `organization`/`role` lists. */
export function readProjectForm(form: FormData): ProjectFormValues {
	const all = (name: string) =>
		form.getAll(name).filter((value): value is string => typeof value === 'string');
	const one = (name: string) => all(name)[0] ?? '';
	const roles = all('role');
	return toProjectFormValues({
		title: one('title'),
		summary: one('summary'),
		programme: one('programme'),
		status: one('status'),
		startDate: one('startDate'),
		endDate: one('endDate'),
		budgetAmount: one('budgetAmount'),
		budgetCurrency: one('budgetCurrency'),
		organizations: all('organization').map((organization, index) => ({
			organization,
			role: roles[index] ?? ''
		})),
		countries: one('countries'),
		cities: one('cities'),
		sdgs: all('sdgs'),
		sectors: all('sectors')
	});
}

export interface CheckedProject {
	title: string;
	summary: string;
	programme: string;
	status: (typeof PROJECT_STATUSES)[number];
	startDate: string | null;
	endDate: string | null;
	budgetAmount: number | null;
	budgetCurrency: string | null;
	/** Rows as typed (their index names the field of a problem), blank rows left out. */
	organizations: { row: number; slug: string; role: ProjectRole }[];
	countries: string[];
	cities: string[];
	sdgs: number[];
	sectors: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
	if (!DATE.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const clean = (value: string) => value.replace(/\r\n?/g, '\n').trim();
const unique = <T>(values: T[]) => [...new Set(values)];
const splitList = (value: string) =>
	value
		.split(/[,;\n]+/)
		.map((item) => item.trim().replace(/\s+/g, ' '))
		.filter(Boolean);

/**
 * The form's own rules, every problem at once, in the reader's language (whether organizations,
 * countries, cities and sectors exist is checked by the service against the database).
 */
export function projectFormSchema(t: Translate) {
	const { title, summary, programme } = PROJECT_LIMITS;
	return z
		.object({
			title: z
				.string()
				.transform(clean)
				.pipe(
					z
						.string()
						.min(title.min, t('brokering.project.error.title', title))
						.max(title.max, t('brokering.project.error.title', title))
				),
			summary: z
				.string()
				.transform(clean)
				.pipe(
					z
						.string()
						.min(summary.min, t('brokering.project.error.summary', summary))
						.max(summary.max, t('brokering.project.error.summary', summary))
				),
			programme: z
				.string()
				.transform(clean)
				.pipe(
					z
						.string()
						.min(programme.min, t('brokering.project.error.programme', programme))
						.max(programme.max, t('brokering.project.error.programme', programme))
				),
			status: z.enum(PROJECT_STATUSES, { error: t('brokering.project.error.status') }),
			startDate: z
				.string()
				.trim()
				.refine((value) => value === '' || isCalendarDate(value), t('brokering.project.error.date'))
				.transform((value) => (isCalendarDate(value) ? value : null)),
			endDate: z
				.string()
				.trim()
				.refine((value) => value === '' || isCalendarDate(value), t('brokering.project.error.date'))
				.transform((value) => (isCalendarDate(value) ? value : null)),
			budgetAmount: z
				.string()
				.trim()
				.refine(
					(value) => value === '' || /^\d{1,13}(\.\d{1,2})?$/.test(value.replace(/[\s,]/g, '')),
					t('brokering.project.error.budgetAmount')
				)
				.transform((value) => {
					const amount = Number(value.replace(/[\s,]/g, ''));
					return value === '' || !Number.isFinite(amount) ? null : amount;
				}),
			budgetCurrency: z
				.string()
				.trim()
				.toUpperCase()
				.refine(
					(value) => value === '' || /^[A-Z]{3}$/.test(value),
					t('brokering.project.error.currency')
				)
				.transform((value) => value || null),
			organizations: z
				.array(z.object({ organization: z.string(), role: z.string() }))
				.transform((rows, ctx) => {
					const checked: CheckedProject['organizations'] = [];
					rows.forEach((row, index) => {
						const slug = row.organization.trim().toLowerCase();
						if (slug === '') return;
						if (!(PROJECT_ROLES as readonly string[]).includes(row.role)) {
							ctx.addIssue({
								code: 'custom',
								path: [String(index)],
								message: t('brokering.project.error.role')
							});
							return;
						}
						const role = row.role as ProjectRole;
						if (!checked.some((other) => other.slug === slug && other.role === role)) {
							checked.push({ row: index, slug, role });
						}
					});
					if (checked.length === 0) {
						ctx.addIssue({ code: 'custom', message: t('brokering.project.error.organizations') });
					}
					if (checked.length > PROJECT_LIMITS.organizations) {
						ctx.addIssue({
							code: 'custom',
							message: t('brokering.project.error.tooMany', { max: PROJECT_LIMITS.organizations })
						});
					}
					return checked;
				}),
			countries: z
				.string()
				.transform((value) => unique(splitList(value).map((code) => code.toUpperCase())))
				.pipe(
					z
						.array(z.string().regex(/^[A-Z]{2}$/, t('brokering.project.error.countryCode')))
						.max(
							PROJECT_LIMITS.places,
							t('brokering.project.error.tooMany', { max: PROJECT_LIMITS.places })
						)
				),
			cities: z
				.string()
				.transform((value) => unique(splitList(value)))
				.pipe(
					z
						.array(z.string().max(200))
						.max(
							PROJECT_LIMITS.places,
							t('brokering.project.error.tooMany', { max: PROJECT_LIMITS.places })
						)
				),
			sdgs: z
				.array(
					z.coerce
						.number()
						.int(t('brokering.project.error.sdgs'))
						.min(1, t('brokering.project.error.sdgs'))
						.max(17, t('brokering.project.error.sdgs'))
				)
				.transform((goals) => unique(goals).sort((a, b) => a - b)),
			sectors: z
				.array(z.string().regex(/^[a-z0-9-]{1,100}$/, t('brokering.project.error.sectors')))
				.transform(unique)
		})
		.superRefine((project, ctx) => {
			// This runs even when a field above failed, on whatever that field holds: each check
			// looks only at values that passed.
			const { startDate, endDate, budgetAmount, budgetCurrency } = project;
			if (
				typeof startDate === 'string' &&
				typeof endDate === 'string' &&
				isCalendarDate(startDate) &&
				isCalendarDate(endDate) &&
				endDate < startDate
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['endDate'],
					message: t('brokering.project.error.endBeforeStart')
				});
			}
			if (typeof budgetAmount === 'number' && budgetCurrency === null) {
				ctx.addIssue({
					code: 'custom',
					path: ['budgetCurrency'],
					message: t('brokering.project.error.currencyRequired')
				});
			}
			if (project.cities.length > 0 && project.countries.length === 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['countries'],
					message: t('brokering.project.error.countryForCities')
				});
			}
		});
}
