import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../db/database.ts';

export type SolutionTranslationRow = Row<'solution_translations'>;

const TEXT_COLUMNS = [
	'title',
	'summary',
	'challenge',
	'solution',
	'results',
	'replicability',
	'enabling_factors',
	'constraints'
] as const;

/** The languages a solution has been translated into, with when and by whom. */
export async function findTranslationSummaries(db: Kysely<Database>, solutionId: number) {
	return db
		.selectFrom('solution_translations as t')
		.leftJoin('users as u', 'u.id', 't.translated_by')
		.select(['t.language', 't.created_at', 't.updated_at', 'u.display_name as translator'])
		.where('t.solution_id', '=', solutionId)
		.orderBy('t.language')
		.execute();
}

export async function findTranslation(
	db: Kysely<Database>,
	solutionId: number,
	language: string
): Promise<SolutionTranslationRow | undefined> {
	return db
		.selectFrom('solution_translations')
		.selectAll()
		.where('solution_id', '=', solutionId)
		.where('language', '=', language)
		.executeTakeFirst();
}

/** Adds a translation, or replaces the texts of an existing one (keeping when it was created). */
export async function upsertTranslation(
	db: Kysely<Database>,
	translation: NewRow<'solution_translations'>
): Promise<void> {
	await db
		.insertInto('solution_translations')
		.values(translation)
		.onConflict((conflict) =>
			conflict.columns(['solution_id', 'language']).doUpdateSet((eb) => ({
				...Object.fromEntries(TEXT_COLUMNS.map((column) => [column, eb.ref(`excluded.${column}`)])),
				translated_by: eb.ref('excluded.translated_by'),
				updated_at: eb.ref('excluded.updated_at')
			}))
		)
		.execute();
}

/** Removes a translation; answers whether there was one. */
export async function deleteTranslation(
	db: Kysely<Database>,
	solutionId: number,
	language: string
): Promise<boolean> {
	const result = await db
		.deleteFrom('solution_translations')
		.where('solution_id', '=', solutionId)
		.where('language', '=', language)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

export interface LocalizationRow {
	solution_id: number;
	language: string;
	/** The texts, only on the row in the requested language (null on the others). */
	title: string | null;
	summary: string | null;
	challenge: string | null;
	solution: string | null;
	results: string | null;
	replicability: string | null;
	enabling_factors: string | null;
	constraints: string | null;
}

/**
 * For many solutions in one query: every language they are translated into, and the texts of the
 * translation in `language` only (the other rows carry no text, so a page of cards stays light).
 */
export async function findLocalizationRows(
	db: Kysely<Database>,
	solutionIds: number[],
	language: string
): Promise<LocalizationRow[]> {
	if (solutionIds.length === 0) return [];
	return db
		.selectFrom('solution_translations')
		.select((eb) => [
			'solution_id',
			'language',
			...TEXT_COLUMNS.map((column) =>
				eb.case().when('language', '=', language).then(eb.ref(column)).end().as(column)
			)
		])
		.where('solution_id', 'in', solutionIds)
		.orderBy('solution_id')
		.orderBy('language')
		.execute() as Promise<LocalizationRow[]>;
}
