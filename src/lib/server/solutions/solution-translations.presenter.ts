import type {
	LocalizationRow,
	SolutionTranslationRow
} from './solution-translations.repository.ts';
import {
	TRANSLATABLE_FIELDS,
	TRANSLATION_LANGUAGES,
	type SolutionTexts,
	type TranslatableField
} from './solution-translations.schema.ts';
import type { SolutionRow } from './solutions.repository.ts';

type TextColumns = Pick<
	SolutionRow,
	| 'title'
	| 'summary'
	| 'challenge'
	| 'solution'
	| 'results'
	| 'replicability'
	| 'enabling_factors'
	| 'constraints'
>;

export function textsOfSolution(row: TextColumns): SolutionTexts {
	return {
		title: row.title,
		summary: row.summary,
		challenge: row.challenge,
		solution: row.solution,
		results: row.results,
		replicability: row.replicability,
		enablingFactors: row.enabling_factors,
		constraints: row.constraints
	};
}

/** A translation's texts; the required ones are never null on a stored translation. */
export function textsOfTranslation(row: LocalizationRow | SolutionTranslationRow): SolutionTexts {
	return {
		title: row.title ?? '',
		summary: row.summary ?? '',
		challenge: row.challenge ?? '',
		solution: row.solution ?? '',
		results: row.results ?? '',
		replicability: row.replicability,
		enablingFactors: row.enabling_factors,
		constraints: row.constraints
	};
}

export interface TranslationOverview {
	solution: { slug: string; title: string; originalLanguage: string };
	languages: {
		code: string;
		isOriginal: boolean;
		translation: {
			translator: string | null;
			createdAt: string;
			updatedAt: string;
			/** The original was changed after this translation was last saved. */
			outdated: boolean;
		} | null;
	}[];
}

export function presentTranslationOverview(
	solution: SolutionRow,
	translations: {
		language: string;
		created_at: string;
		updated_at: string;
		translator: string | null;
	}[]
): TranslationOverview {
	const byLanguage = new Map(translations.map((row) => [row.language, row]));
	return {
		solution: { slug: solution.slug, title: solution.title, originalLanguage: solution.language },
		languages: TRANSLATION_LANGUAGES.map((code) => {
			const row = code === solution.language ? undefined : byLanguage.get(code);
			return {
				code,
				isOriginal: code === solution.language,
				translation: row
					? {
							translator: row.translator,
							createdAt: row.created_at,
							updatedAt: row.updated_at,
							outdated: row.updated_at < solution.updated_at
						}
					: null
			};
		})
	};
}

export interface TranslationEditor {
	solution: { slug: string; title: string; originalLanguage: string };
	language: string;
	original: SolutionTexts;
	/** The saved translation, or null when this language has none yet. */
	translation: SolutionTexts | null;
	/** The form's fields in order, each required when the original has it. */
	fields: { name: TranslatableField; required: boolean; multiline: boolean }[];
}

export function presentTranslationEditor(
	solution: SolutionRow,
	language: string,
	translation: SolutionTranslationRow | undefined
): TranslationEditor {
	const original = textsOfSolution(solution);
	return {
		solution: { slug: solution.slug, title: solution.title, originalLanguage: solution.language },
		language,
		original,
		translation: translation ? textsOfTranslation(translation) : null,
		fields: TRANSLATABLE_FIELDS.map((name) => ({
			name,
			required: original[name] !== null,
			multiline: name !== 'title'
		}))
	};
}
