import { isAnalyzedLanguage, primaryLanguage } from './language.ts';
import { foldToken, prepareForStemming } from './normalize.ts';
import { stem } from './stemmers.ts';
import { isStopWord } from './stop-words.ts';

/**
 * The one analyzer for search: records are indexed and queries are read with the same steps, so
 * SQLite FTS5 and PostgreSQL (`tsvector` with the `simple` configuration) store and match the
 * same tokens.
 *
 * Steps: normalize (see `normalize.ts`) → segment into words with `Intl.Segmenter` → drop the
 * language's stop words → stem with the language's Snowball stemmer. Stemming and stop words apply
 * to en, es, fr, pt, ar and ru; any other language (or none) is segmented and normalized only.
 *
 * How to match: index both `analyze` (stems) and `analyzeExact` (the words as written, normalized)
 * of a record. A query word matches a record when its stem or its exact form (`analyzeQuery`,
 * same index in both arrays) is among either. The reader's language rarely equals the record's,
 * and stems of two languages differ; the exact forms still meet ("ciudades" in a Spanish record,
 * read in English). They also catch over-stemming: the Arabic stemmer cuts bare "مياه" to "ميا"
 * but stems the indexed "المياه" to "مياه", the query's exact form.
 */

/**
 * The longest input analyzed, in UTF-16 code units; the rest is ignored (about 15,000 words,
 * far beyond any description we hold). Segmenting is linear but runs on the event loop that
 * serves every user, so a pasted book cannot stall indexing. The last word may be cut.
 * Query input should be bounded much lower by its input schema.
 */
export const MAX_ANALYZED_LENGTH = 100_000;

/** Longer tokens (in code points) are dropped: no word is that long; hashes and base64 are. */
export const MAX_TOKEN_LENGTH = 64;

export { normalize } from './normalize.ts';

/** A query read two ways; `stemmed[i]` is the stem of `exact[i]`. */
export interface AnalyzedQuery {
	stemmed: string[];
	exact: string[];
}

// Letters, marks and digits; "." and "," only between digits, so "12.5", "1,000" and "3,14"
// stay one token. Apostrophes split ("l'eau" → "l", "eau"; "don't" → "don", "t") so French
// elision does not hide the noun; the pieces are stop words where they should be.
const TOKEN_PIECE = /(?:[\p{L}\p{M}\p{N}]|(?<=\p{N})[.,](?=\p{N}))+/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
const HAN_CHARACTER = /\p{Script=Han}/gu;
const SEGMENTER_CACHE_LIMIT = 32;
const segmenters = new Map<string, Intl.Segmenter>();

/** A word segmenter for a language, kept for reuse (creating one costs more than using it). */
export function segmenterFor(language: string): Intl.Segmenter {
	let segmenter = segmenters.get(language);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(language, { granularity: 'word' });
		if (segmenters.size < SEGMENTER_CACHE_LIMIT) segmenters.set(language, segmenter);
	}
	return segmenter;
}

/**
 * The words of `text` in document order, as written (no normalization: pass normalized text).
 * `Intl.Segmenter` finds the words, also in scripts written without spaces (Chinese, Japanese,
 * Thai). A word of several Han characters is followed by each of its characters, so a query for
 * one character, or for a word the segmenter cut differently, still matches:
 * `tokenize('垃圾分类', 'zh')` is `['垃圾', '垃', '圾', '分类', '分', '类']`. (Phrase queries over
 * these positions are therefore not meaningful.) Tokens over `MAX_TOKEN_LENGTH` are dropped.
 */
export function tokenize(text: string, language?: string | null): string[] {
	return NEEDS_DICTIONARY.test(text) ? segmentWords(text, language) : pieces([text]);
}

// Scripts written without spaces between words, which only a dictionary can segment.
const NEEDS_DICTIONARY =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/**
 * `tokenize` through `Intl.Segmenter`. For text in scripts that separate words (Latin, Arabic,
 * Cyrillic…) every word boundary the segmenter finds inside a run of letters, marks and digits is
 * one `TOKEN_PIECE` also splits at, so `tokenize` reads such text with the pieces alone, several
 * times faster; `analyzer.test.ts` checks both ways agree.
 */
export function segmentWords(text: string, language?: string | null): string[] {
	const words: string[] = [];
	for (const { segment, isWordLike } of segmenterFor(primaryLanguage(language)).segment(text)) {
		if (isWordLike) words.push(segment);
	}
	return pieces(words);
}

function pieces(words: string[]): string[] {
	const tokens: string[] = [];
	for (const segment of words) {
		for (const [piece] of segment.matchAll(TOKEN_PIECE)) {
			if (!HAS_LETTER_OR_DIGIT.test(piece)) continue;
			const characters = [...piece];
			if (characters.length > MAX_TOKEN_LENGTH) continue;
			tokens.push(piece);
			if (characters.length > 1 && HAN.test(piece)) {
				tokens.push(...(piece.match(HAN_CHARACTER) ?? []));
			}
		}
	}
	return tokens;
}

function truncate(text: string): string {
	if (text.length <= MAX_ANALYZED_LENGTH) return text;
	const end = MAX_ANALYZED_LENGTH;
	// Never keep half of a surrogate pair.
	const lastCode = text.charCodeAt(end - 1);
	return text.slice(0, lastCode >= 0xd800 && lastCode <= 0xdbff ? end - 1 : end);
}

// What one word becomes in one language: [stem, exact], or null for a stop word. Folding and
// Snowball stemming cost tens of microseconds a word, and texts repeat their words (Zipf), so
// indexing remembers them; the table is bounded and simply starts over when full.
const WORD_MEMO_LIMIT = 200_000;
const wordMemo = new Map<string, readonly [string, string] | null>();

function analyzeWord(word: string, language: string): readonly [string, string] | null {
	const key = `${language}\u0000${word}`;
	const known = wordMemo.get(key);
	if (known !== undefined) return known;
	const folded = foldToken(word);
	let result: readonly [string, string] | null;
	if (!isAnalyzedLanguage(language)) result = [folded, folded];
	else if (isStopWord(folded, language)) result = null;
	else result = [foldToken(stem(word, language)), folded];
	if (wordMemo.size >= WORD_MEMO_LIMIT) wordMemo.clear();
	wordMemo.set(key, result);
	return result;
}

function analyzeTerms(text: string, languageTag: string | null | undefined): AnalyzedQuery {
	const language = primaryLanguage(languageTag);
	const stemmed: string[] = [];
	const exact: string[] = [];
	for (const word of tokenize(prepareForStemming(truncate(text)), language)) {
		const analyzed = analyzeWord(word, language);
		if (!analyzed) continue;
		stemmed.push(analyzed[0]);
		exact.push(analyzed[1]);
	}
	return { stemmed, exact };
}

/**
 * The tokens to index for a record's text in the record's language: stems, in document order,
 * repeated words repeated (term frequency counts). `analyze('Composting cities', 'en')` is
 * `['compost', 'citi']`. Index `analyzeExact` beside it.
 */
export function analyze(text: string, language?: string | null): string[] {
	return analyzeTerms(text, language).stemmed;
}

/**
 * The words of a record's text as written, normalized, stop words dropped but not stemmed:
 * `analyzeExact('Composting cities', 'en')` is `['composting', 'cities']`.
 */
export function analyzeExact(text: string, language?: string | null): string[] {
	return analyzeTerms(text, language).exact;
}

/**
 * A record's text read both ways in one pass: `stemmed` is `analyze`, `exact` is `analyzeExact`.
 */
export function analyzeRecord(text: string, language?: string | null): AnalyzedQuery {
	return analyzeTerms(text, language);
}

/**
 * A search query read for the reader's language: `stemmed` with that language's stemmer and
 * stop words, `exact` the same words unstemmed, so exact forms match whatever the record's
 * language. `analyzeQuery('déchets', 'fr')` is `{ stemmed: ['dechet'], exact: ['dechets'] }`.
 */
export function analyzeQuery(text: string, readerLanguage?: string | null): AnalyzedQuery {
	return analyzeTerms(text, readerLanguage);
}
