import { analyzeRecord } from './analyzer.ts';
import type { SearchDocumentTable } from '../db/database.ts';

export type SearchKind = SearchDocumentTable['kind'];

export const SEARCH_KINDS: SearchKind[] = [
	'solution',
	'partner',
	'project',
	'event',
	'cluster',
	'knowledge',
	'need',
	'offer'
];

/** A piece of text and the language it is written in (a solution and its translations differ). */
export interface IndexedText {
	text: string;
	language: string;
}

/** What a record contributes to the index. Built per kind in `documents.ts`. */
export interface IndexDocument {
	kind: SearchKind;
	recordId: number;
	/** The record's original language. */
	language: string;
	/** Public and searchable; a record that is not live is taken out of the full-text index. */
	live: boolean;
	publishedAt: string | null;
	/** Facet name → values, for filters and counts (solutions only so far). */
	facets: Record<string, (string | number)[]>;
	titles: IndexedText[];
	bodies: IndexedText[];
}

/**
 * The four token streams a document is indexed as: title and body, each as stems and as the
 * words written (see `analyzer.ts`). Each stream keeps document order, so phrases can match.
 */
export interface DocumentTokens {
	titleStems: string[];
	bodyStems: string[];
	titleWords: string[];
	bodyWords: string[];
}

function streams(texts: IndexedText[]): { stems: string[]; words: string[] } {
	const stems: string[] = [];
	const words: string[] = [];
	for (const { text, language } of texts) {
		if (!text) continue;
		const analyzed = analyzeRecord(text, language);
		stems.push(...analyzed.stemmed);
		words.push(...analyzed.exact);
	}
	return { stems, words };
}

export function documentTokens(document: IndexDocument): DocumentTokens {
	const title = streams(document.titles);
	const body = streams(document.bodies);
	return {
		titleStems: title.stems,
		bodyStems: body.stems,
		titleWords: title.words,
		bodyWords: body.words
	};
}
