import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import {
	forbidden,
	invalidInput,
	notFound,
	unauthenticated,
	type FieldProblem
} from '../http/errors.ts';
import type { Actor } from '../identity/actor.ts';
import { reindexSolution } from '../search/index-writer.ts';
import { findReadableSolution } from './solution-access.ts';
import { canChangeSolutionContent, canTranslateSolution } from './solution-translations.policy.ts';
import {
	presentTranslationEditor,
	presentTranslationOverview,
	textsOfSolution,
	textsOfTranslation,
	type TranslationEditor,
	type TranslationOverview
} from './solution-translations.presenter.ts';
import {
	deleteTranslation,
	findLocalizationRows,
	findTranslation,
	findTranslationSummaries,
	upsertTranslation
} from './solution-translations.repository.ts';
import {
	isTranslationLanguage,
	TRANSLATABLE_FIELDS,
	TRANSLATION_LANGUAGES,
	translationInputSchema,
	type SolutionTexts,
	type TranslatableField,
	type TranslationLanguage
} from './solution-translations.schema.ts';
import type { SolutionRow } from './solutions.repository.ts';

/** What a write use-case needs: the database, who acts, and (in tests) the time. */
export interface SolutionWriteContext {
	db: Kysely<Database>;
	actor: Actor;
	now?: Date;
}

export interface SolutionPermissions {
	solution: SolutionRow;
	/** Whether the actor may change the solution's content and attachments. */
	canEdit: boolean;
	/** Whether the actor may add, change and delete its translations. */
	canTranslate: boolean;
}

/**
 * Finds a solution by its address and what the actor may do with it. Anyone who may not read it
 * gets a 404, so an unpublished solution's existence is not revealed.
 */
export async function loadSolutionPermissions(
	db: Kysely<Database>,
	actor: Actor,
	slug: string
): Promise<SolutionPermissions> {
	const { row, access } = await findReadableSolution(db, actor, slug);
	return {
		solution: row,
		canEdit: canChangeSolutionContent(actor, row, access),
		canTranslate: canTranslateSolution(actor, row, access)
	};
}

/** Refuses, with the right error, someone who may see the solution but not do this to it. */
export function refuse(actor: Actor, task: string): never {
	if (actor.kind !== 'user') throw unauthenticated(`Sign in to ${task}.`);
	throw forbidden(
		`You may not ${task}: only those who may edit this solution can, while its status allows it.`
	);
}

async function loadTranslatableSolution(
	db: Kysely<Database>,
	actor: Actor,
	slug: string
): Promise<SolutionRow> {
	const access = await loadSolutionPermissions(db, actor, slug);
	if (!access.canTranslate) refuse(actor, 'translate it');
	return access.solution;
}

function targetLanguage(solution: SolutionRow, language: string): TranslationLanguage {
	if (!isTranslationLanguage(language)) throw notFound('translation language');
	if (language === solution.language) {
		throw invalidInput(
			[{ field: 'language', reason: 'is the original language of this solution' }],
			'This is the language the solution was written in: edit the solution itself instead.'
		);
	}
	return language;
}

/** The translations page: the seven languages, which ones exist, and the original marked. */
export async function getTranslationOverview(
	context: ReadContext,
	slug: string
): Promise<TranslationOverview> {
	const solution = await loadTranslatableSolution(context.db, context.actor, slug);
	const translations = await findTranslationSummaries(context.db, solution.id);
	return presentTranslationOverview(solution, translations);
}

/** The form for one language: the original beside each field, and the translation so far. */
export async function getTranslationEditor(
	context: ReadContext,
	slug: string,
	language: string
): Promise<TranslationEditor> {
	const solution = await loadTranslatableSolution(context.db, context.actor, slug);
	const target = targetLanguage(solution, language);
	const translation = await findTranslation(context.db, solution.id, target);
	return presentTranslationEditor(solution, target, translation);
}

/** Fields the original has must be translated too; the always-required ones are in the schema. */
function requiredFieldsOf(original: SolutionTexts): TranslatableField[] {
	return TRANSLATABLE_FIELDS.filter((field) => original[field] !== null);
}

/**
 * Adds or replaces the translation of a solution into one language, and updates the search index
 * in the same transaction.
 * @example await saveTranslation({ db, actor }, 'open-contracting-data', 'fr', { title: '…', … })
 */
export async function saveTranslation(
	context: SolutionWriteContext,
	slug: string,
	language: string,
	raw: Record<string, unknown>
): Promise<{ created: boolean }> {
	const { db, actor } = context;
	const solution = await loadTranslatableSolution(db, actor, slug);
	const target = targetLanguage(solution, language);

	const parsed = translationInputSchema.safeParse(raw);
	const problems: FieldProblem[] = parsed.success
		? []
		: parsed.error.issues.map((issue) => ({
				field: String(issue.path[0] ?? '(input)'),
				reason: issue.message
			}));
	const original = textsOfSolution(solution);
	for (const field of requiredFieldsOf(original)) {
		const value = raw[field];
		const empty = typeof value !== 'string' || value.trim() === '';
		if (empty && !problems.some((problem) => problem.field === field)) {
			problems.push({ field, reason: 'is required: the original has this section' });
		}
	}
	if (!parsed.success || problems.length > 0) throw invalidInput(problems);
	const input = parsed.data;

	const now = (context.now ?? new Date()).toISOString();
	return db.transaction().execute(async (trx) => {
		const existing = await findTranslation(trx, solution.id, target);
		await upsertTranslation(trx, {
			solution_id: solution.id,
			language: target,
			title: input.title,
			summary: input.summary,
			challenge: input.challenge,
			solution: input.solution,
			results: input.results,
			replicability: input.replicability,
			enabling_factors: input.enablingFactors,
			constraints: input.constraints,
			translated_by: actor.kind === 'user' ? actor.userId : null,
			created_at: now,
			updated_at: now
		});
		await reindexSolution(trx, solution.id);
		return { created: existing === undefined };
	});
}

/** Deletes the translation into one language; readers of that language see the original again. */
export async function removeTranslation(
	context: SolutionWriteContext,
	slug: string,
	language: string
): Promise<void> {
	const solution = await loadTranslatableSolution(context.db, context.actor, slug);
	const target = targetLanguage(solution, language);
	await context.db.transaction().execute(async (trx) => {
		if (!(await deleteTranslation(trx, solution.id, target))) throw notFound('translation');
		await reindexSolution(trx, solution.id);
	});
}

/** A solution's texts as one reader sees them. */
export interface LocalizedSolution {
	texts: SolutionTexts;
	/** The language of `texts`: the reader's when a translation exists, else the original. */
	shownLanguage: string;
	originalLanguage: string;
	/** The original first, then the translations in the interface's order. */
	availableLanguages: string[];
	/**
	 * Sections shown in the original language because the translation lacks them (the original
	 * gained a section after it was translated). Mark them with `lang={originalLanguage}`.
	 */
	untranslatedFields: TranslatableField[];
}

export type LocalizableSolution = Pick<
	SolutionRow,
	| 'id'
	| 'language'
	| 'title'
	| 'summary'
	| 'challenge'
	| 'solution'
	| 'results'
	| 'replicability'
	| 'enabling_factors'
	| 'constraints'
>;

/**
 * The texts to show for many solutions in the reader's language, in one query: the translation
 * when one exists, the original otherwise.
 * @example const localized = await localizeSolutions(db, rows, 'fr'); localized.get(row.id)!.texts.title
 */
export async function localizeSolutions(
	db: Kysely<Database>,
	rows: readonly LocalizableSolution[],
	locale: string
): Promise<Map<number, LocalizedSolution>> {
	const found = await findLocalizationRows(
		db,
		rows.map((row) => row.id),
		locale
	);
	const bySolution = new Map<number, typeof found>();
	for (const row of found) {
		const list = bySolution.get(row.solution_id) ?? [];
		list.push(row);
		bySolution.set(row.solution_id, list);
	}
	const order = (language: string) => {
		const index = (TRANSLATION_LANGUAGES as readonly string[]).indexOf(language);
		return index === -1 ? TRANSLATION_LANGUAGES.length : index;
	};
	return new Map(
		rows.map((row) => {
			const translations = bySolution.get(row.id) ?? [];
			const original = textsOfSolution(row);
			const availableLanguages = [
				row.language,
				...translations
					.map((translation) => translation.language)
					.filter((language) => language !== row.language)
					.sort((a, b) => order(a) - order(b))
			];
			const chosen =
				locale === row.language
					? undefined
					: translations.find((translation) => translation.language === locale);
			if (!chosen || chosen.title === null) {
				return [
					row.id,
					{
						texts: original,
						shownLanguage: row.language,
						originalLanguage: row.language,
						availableLanguages,
						untranslatedFields: []
					}
				];
			}
			const translated = textsOfTranslation(chosen);
			const untranslatedFields = TRANSLATABLE_FIELDS.filter(
				(field) => translated[field] === null && original[field] !== null
			);
			const texts = { ...translated };
			for (const field of untranslatedFields) {
				(texts as Record<TranslatableField, string | null>)[field] = original[field];
			}
			return [
				row.id,
				{
					texts,
					shownLanguage: locale,
					originalLanguage: row.language,
					availableLanguages,
					untranslatedFields
				}
			];
		})
	);
}
