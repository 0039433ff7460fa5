import type { ReadContext } from '../context.ts';
import { presentSolutionCard, type SolutionCard } from '../solutions/solutions.presenter.ts';
import { localizeSolutions } from '../solutions/solution-translations.service.ts';
import { loadSolutionRelations } from '../solutions/solutions.repository.ts';
import type { CatalogEntry } from './catalog.ts';
import { findHitRows, findSolutionRows } from './hits.repository.ts';
import { SEARCH_KINDS, type SearchKind } from './index-document.ts';
import { taxonomyNames } from './reference-values.ts';
import { snippet, type SnippetPart } from './snippet.ts';

export interface SolutionHit extends SolutionCard {
	/** The passage around the words searched for, or `null` (show the summary). */
	snippet: SnippetPart[] | null;
}

export interface SearchHit {
	kind: SearchKind;
	slug: string;
	url: string;
	title: string;
	language: string;
	/** The passage around the words searched for, or the start of the text. */
	text: SnippetPart[];
	date: string | null;
}

const PATHS: Record<SearchKind, string> = {
	solution: '/solutions',
	partner: '/partners',
	project: '/projects',
	event: '/events',
	cluster: '/clusters',
	knowledge: '/knowledge',
	need: '/needs',
	offer: '/offers'
};

const PLAIN_LENGTH = 220;

function plain(text: string): SnippetPart[] {
	if (text.length <= PLAIN_LENGTH) return [{ text, match: false }];
	const cut = text.lastIndexOf(' ', PLAIN_LENGTH);
	return [{ text: `${text.slice(0, cut > 0 ? cut : PLAIN_LENGTH)}…`, match: false }];
}

/**
 * The result cards of a page of solutions, in the page's order, in the reader's language when a
 * translation exists (the snippet then comes from the translation).
 */
export async function loadSolutionHits(
	{ db, locale }: ReadContext,
	entries: CatalogEntry[],
	tokens: Set<string>
): Promise<SolutionHit[]> {
	const ids = entries.map((entry) => entry.recordId);
	const [rows, relations, names] = await Promise.all([
		findSolutionRows(db, ids),
		loadSolutionRelations(db, ids, locale),
		taxonomyNames(db, locale)
	]);
	const localized = await localizeSolutions(db, rows, locale);
	const byId = new Map(rows.map((row) => [row.id, row]));
	return ids.flatMap((id) => {
		const row = byId.get(id);
		if (!row) return [];
		const { texts, shownLanguage } = localized.get(id)!;
		const card = presentSolutionCard(row, relations.get(id)!, names);
		return [
			{
				...card,
				title: texts.title,
				summary: texts.summary,
				language: shownLanguage,
				snippet: snippet(
					[texts.summary, texts.results, texts.challenge, texts.solution, texts.replicability],
					shownLanguage,
					tokens
				)
			}
		];
	});
}

/** The results of a page of any kinds, in the page's order. */
export async function loadOtherHits(
	{ db }: ReadContext,
	entries: CatalogEntry[],
	tokens: Set<string>
): Promise<SearchHit[]> {
	const rows = new Map<string, Awaited<ReturnType<typeof findHitRows>>[number]>();
	await Promise.all(
		SEARCH_KINDS.map(async (kind) => {
			const ids = entries.filter((entry) => entry.kind === kind).map((entry) => entry.recordId);
			for (const row of await findHitRows(db, kind, ids)) rows.set(`${kind}:${row.id}`, row);
		})
	);
	return entries.flatMap((entry) => {
		const row = rows.get(`${entry.kind}:${entry.recordId}`);
		if (!row) return [];
		return [
			{
				kind: entry.kind,
				slug: row.slug,
				url: `${PATHS[entry.kind]}/${row.slug}`,
				title: row.title,
				language: row.language,
				text: snippet([row.text], row.language, tokens) ?? plain(row.text),
				date: entry.publishedAt || null
			}
		];
	});
}
