import { analyzeRecord, segmenterFor } from './analyzer.ts';

/** A piece of a snippet; `match` pieces are shown highlighted (as `<mark>`). */
export interface SnippetPart {
	text: string;
	match: boolean;
}

const SNIPPET_LENGTH = 220;
// Analyzing a word costs a few microseconds; results pages repeat words a lot, so remember them.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string[]>();

function tokensOfWord(word: string, language: string): string[] {
	const key = `${language}\u0000${word}`;
	let tokens = memo.get(key);
	if (!tokens) {
		const { stemmed, exact } = analyzeRecord(word, language);
		tokens = [...stemmed, ...exact];
		if (memo.size >= MEMO_LIMIT) memo.clear();
		memo.set(key, tokens);
	}
	return tokens;
}

function isMatch(word: string, language: string, tokens: Set<string>): boolean {
	return tokensOfWord(word, language).some((token) => tokens.has(token));
}

/**
 * The passage of `texts` (tried in order) around the first words the query looks for, with
 * those words marked; `null` when no text contains one. The analyzer decides what matches, so
 * "composted" marks "composting" as the index matched it.
 * @example snippet(['Markets compost their waste.'], 'en', new Set(['compost']))
 */
export function snippet(
	texts: (string | null | undefined)[],
	language: string,
	tokens: Set<string>
): SnippetPart[] | null {
	if (tokens.size === 0) return null;
	for (const text of texts) {
		if (!text) continue;
		const matches: [number, number][] = [];
		for (const { segment, index, isWordLike } of segmenterFor(language).segment(text)) {
			if (isWordLike && isMatch(segment, language, tokens)) {
				matches.push([index, index + segment.length]);
			}
		}
		if (matches.length === 0) continue;
		const first = matches[0]![0];
		let start = Math.max(0, first - 60);
		if (start > 0) {
			const space = text.indexOf(' ', start);
			start = space >= 0 && space < first ? space + 1 : start;
		}
		let end = Math.min(text.length, start + SNIPPET_LENGTH);
		if (end < text.length) {
			const space = text.lastIndexOf(' ', end);
			end = space > first ? space : end;
		}
		const parts: SnippetPart[] = [];
		let cursor = start;
		const push = (piece: string, match: boolean) => {
			if (piece) parts.push({ text: piece, match });
		};
		if (start > 0) push('…', false);
		for (const [from, to] of matches) {
			if (from < start || to > end) continue;
			push(text.slice(cursor, from), false);
			push(text.slice(from, to), true);
			cursor = to;
		}
		push(text.slice(cursor, end), false);
		if (end < text.length) push('…', false);
		return parts;
	}
	return null;
}
