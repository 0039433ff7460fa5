import { z } from 'zod';
import { PLANNED_LOCALES } from '../../i18n/locales.ts';

/** The languages a solution can be translated into: the seven interface languages. */
export const TRANSLATION_LANGUAGES = PLANNED_LOCALES;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

export function isTranslationLanguage(value: string): value is TranslationLanguage {
	return (TRANSLATION_LANGUAGES as readonly string[]).includes(value);
}

/** The texts of a solution that a translator writes again, in the form's order. */
export const TRANSLATABLE_FIELDS = [
	'title',
	'summary',
	'challenge',
	'solution',
	'results',
	'replicability',
	'enablingFactors',
	'constraints'
] as const;
export type TranslatableField = (typeof TRANSLATABLE_FIELDS)[number];

/** Every solution has these; the others are optional. */
export const REQUIRED_FIELDS: readonly TranslatableField[] = [
	'title',
	'summary',
	'challenge',
	'solution',
	'results'
];

/** The texts of a solution in one language. */
export type SolutionTexts = Record<
	Exclude<TranslatableField, 'replicability' | 'enablingFactors' | 'constraints'>,
	string
> & {
	replicability: string | null;
	enablingFactors: string | null;
	constraints: string | null;
};

const required = (max: number) =>
	z
		.string({ error: 'is required' })
		.transform(normalizeText)
		.pipe(z.string().min(1, 'is required').max(max, `must be ${max} characters or fewer`));

const optional = (max: number) =>
	z
		.string()
		.optional()
		.transform((value) => (value === undefined ? '' : normalizeText(value)))
		.pipe(z.string().max(max, `must be ${max} characters or fewer`))
		.transform((value) => (value === '' ? null : value));

function normalizeText(value: string): string {
	return value.replace(/\r\n?/g, '\n').trim();
}

/**
 * One translation as typed in the form. Empty optional fields become null. Which optional fields
 * are required depends on the original (a field the original has must be translated), so that
 * rule lives in the service.
 */
export const translationInputSchema = z.object({
	title: required(200),
	summary: required(1_000),
	challenge: required(20_000),
	solution: required(20_000),
	results: required(20_000),
	replicability: optional(20_000),
	enablingFactors: optional(20_000),
	constraints: optional(20_000)
});

export type TranslationInput = z.output<typeof translationInputSchema>;

/** The `[lang]` of `/solutions/[slug]/translations/[lang]`: one of the seven languages. */
export const translationLanguageSchema = z.enum(TRANSLATION_LANGUAGES, {
	error: `must be one of ${TRANSLATION_LANGUAGES.join(', ')}`
});
