import { analyzeQuery } from './analyzer.ts';

/**
 * A search box query, read forgivingly: `"quoted words"` are a phrase, a leading `-` excludes a
 * word or a phrase, and everything else is plain text. Nothing else has a meaning: `*`, `:`,
 * `AND`, `NEAR(…)`, `&`, `!`, parentheses and the like are just characters, which the analyzer
 * drops with the rest of the punctuation, so no query can reach FTS5 or tsquery syntax.
 */

/** One query word, read two ways (see `analyzeQuery`): it matches a record holding either. */
export interface QueryTerm {
	stem: string;
	exact: string;
}

/** Words that must appear next to each other, as stems or as written. */
export interface QueryPhrase {
	stems: string[];
	exacts: string[];
}

export type QueryClause = { term: QueryTerm } | { phrase: QueryPhrase };

export interface ParsedQuery {
	/** Every clause must match (AND). */
	required: QueryClause[];
	/** A record matching any of these is left out. */
	excluded: QueryClause[];
}

const HAN = /\p{Script=Han}/u;
const CHUNK = /(-?)"([^"]*)"?|(-?)([^\s"]+)/gu;

function clausesOf(text: string, quoted: boolean, language: string): QueryClause[] {
	const { stemmed, exact } = analyzeQuery(text, language);
	if (stemmed.length === 0) return [];
	// Chinese and Japanese are indexed as words followed by their single characters (see
	// `tokenize`), so adjacency means nothing there: every character is required instead, which
	// finds the text however the segmenter cut it.
	if (exact.some((token) => HAN.test(token))) {
		const characters = new Set<string>();
		const clauses: QueryClause[] = [];
		exact.forEach((token, index) => {
			if (HAN.test(token)) {
				for (const character of token.match(/\p{Script=Han}/gu) ?? []) characters.add(character);
			} else {
				clauses.push({ term: { stem: stemmed[index]!, exact: token } });
			}
		});
		return [...clauses, ...[...characters].map((c) => ({ term: { stem: c, exact: c } }))];
	}
	if (quoted && stemmed.length > 1) return [{ phrase: { stems: stemmed, exacts: exact } }];
	return stemmed.map((stem, index) => ({ term: { stem, exact: exact[index]! } }));
}

/**
 * Reads a query for the reader's language.
 * @example parseSearchQuery('"solid waste" compost -landfill', 'en')
 *   // required: phrase solid+wast / solid+waste, term compost / compost; excluded: landfil / landfill
 */
export function parseSearchQuery(input: string, readerLanguage: string): ParsedQuery {
	const parsed: ParsedQuery = { required: [], excluded: [] };
	for (const match of input.matchAll(CHUNK)) {
		const [, quoteMinus, quotedText, wordMinus, word] = match;
		const negative = (quotedText !== undefined ? quoteMinus : wordMinus) === '-';
		const clauses =
			quotedText !== undefined
				? clausesOf(quotedText, true, readerLanguage)
				: clausesOf(word ?? '', false, readerLanguage);
		(negative ? parsed.excluded : parsed.required).push(...clauses);
	}
	return { required: dedupe(parsed.required), excluded: dedupe(parsed.excluded) };
}

function clauseKey(clause: QueryClause): string {
	return 'term' in clause
		? `t:${clause.term.stem}|${clause.term.exact}`
		: `p:${clause.phrase.stems.join(' ')}|${clause.phrase.exacts.join(' ')}`;
}

function dedupe(clauses: QueryClause[]): QueryClause[] {
	const seen = new Set<string>();
	return clauses.filter((clause) => {
		const key = clauseKey(clause);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Every token the query looks for (stems and exact forms), to highlight them in snippets. */
export function highlightTokens(parsed: ParsedQuery): Set<string> {
	const tokens = new Set<string>();
	for (const clause of parsed.required) {
		if ('term' in clause) {
			tokens.add(clause.term.stem);
			tokens.add(clause.term.exact);
		} else {
			for (const token of [...clause.phrase.stems, ...clause.phrase.exacts]) tokens.add(token);
		}
	}
	return tokens;
}
