import { analyzeRecord, normalize, tokenize, type AnalyzedQuery } from '../search/analyzer.ts';
import { primaryLanguage } from '../search/language.ts';
import { arabicLightStem } from './arabic-light-stem.ts';
import {
	LEXICON_LANGUAGES,
	SECTOR_SLUGS,
	type ConceptSpec,
	type LexiconLanguage
} from './lexicon/concept.ts';
import { CONCEPTS } from './lexicon/lexicon.ts';

/**
 * The concept lexicon compiled for matching: every surface form is read by the search analyzer in
 * its language (so forms and texts are stemmed alike), then texts are turned into bags of
 * language-independent concept ids. "déchets" (fr), "residuos" (es), "waste" (en) and "نفايات" (ar)
 * all become the concept `solid-waste`.
 */

/** A concept id and how many times the text names it. */
export type ConceptBag = Map<string, number>;

/** The keys one word can match on: its stem, its written (folded) form, and for Arabic a light stem. */
type WordKeys = readonly string[];

interface CompiledForm {
	concept: string;
	/** The words of the form after the first one, each as its keys. */
	rest: WordKeys[];
}

interface LanguageTable {
	/** First-word key → forms starting with a word that has that key. */
	byFirstKey: Map<string, CompiledForm[]>;
	/** Forms matched as substrings of the normalized text (scripts written without spaces). */
	substrings: { concept: string; text: string }[];
}

export interface CompiledLexicon {
	concepts: Map<string, ConceptSpec>;
	languages: Map<string, LanguageTable>;
}

const SUBSTRING_LANGUAGES = new Set<string>(['zh']);

function keysAt(analyzed: AnalyzedQuery, index: number, language: string): WordKeys {
	const stem = analyzed.stemmed[index]!;
	const exact = analyzed.exact[index]!;
	const keys = stem === exact ? [stem] : [stem, exact];
	if (language === 'ar') {
		const light = arabicLightStem(exact);
		if (!keys.includes(light)) keys.push(light);
	}
	return keys;
}

/** Compiles concept specs; throws on a duplicate id, an unknown sector or a missing language. */
export function compileLexicon(specs: readonly ConceptSpec[]): CompiledLexicon {
	const concepts = new Map<string, ConceptSpec>();
	const languages = new Map<string, LanguageTable>();
	const sectors = new Set<string>(SECTOR_SLUGS);
	for (const spec of specs) {
		if (concepts.has(spec.id)) throw new Error(`concept lexicon: duplicate id ${spec.id}`);
		for (const sector of spec.sectors) {
			if (!sectors.has(sector)) throw new Error(`concept ${spec.id}: unknown sector ${sector}`);
		}
		concepts.set(spec.id, spec);
		for (const language of LEXICON_LANGUAGES) {
			const forms = spec.terms[language];
			if (!forms || forms.length === 0) {
				throw new Error(`concept ${spec.id}: no terms in ${language}`);
			}
			let table = languages.get(language);
			if (!table) languages.set(language, (table = { byFirstKey: new Map(), substrings: [] }));
			for (const form of forms) addForm(table, spec.id, form, language);
		}
	}
	return { concepts, languages };
}

function addForm(table: LanguageTable, concept: string, form: string, language: LexiconLanguage) {
	if (SUBSTRING_LANGUAGES.has(language)) {
		const text = normalize(form).replace(/\s+/g, '');
		if (text) table.substrings.push({ concept, text });
		return;
	}
	// "=milho" matches only the written word: its stem "milh" would also find "milhares" (thousands).
	const exactOnly = form.startsWith('=');
	const analyzed = analyzeRecord(exactOnly ? form.slice(1) : form, language);
	if (analyzed.stemmed.length === 0) return;
	// "zero waste" without its stop word "zero" would be "waste": a form cut down to one word by
	// stop words means something else, so it is left out (a unit test lists such forms).
	if (analyzed.stemmed.length === 1 && tokenize(form, language).length > 1) return;
	const words = analyzed.stemmed.map((_, index) =>
		exactOnly ? [analyzed.exact[index]!] : keysAt(analyzed, index, language)
	);
	const [first, ...rest] = words;
	for (const key of first!) {
		const list = table.byFirstKey.get(key);
		const compiled = { concept, rest };
		if (list) list.push(compiled);
		else table.byFirstKey.set(key, [compiled]);
	}
}

/**
 * The concepts named in an analyzed text (see `analyzeRecord`) written in `language`. A form
 * matches where its words follow one another in the text (stop words are already gone), each word
 * matching on its stem, written form or Arabic light stem. Overlapping forms of one concept count
 * once ("solid waste" and "waste" at the same place), those of different concepts each count.
 */
export function conceptsOfTokens(
	lexicon: CompiledLexicon,
	analyzed: AnalyzedQuery,
	languageTag: string,
	bag: ConceptBag = new Map(),
	weight = 1
): ConceptBag {
	const language = primaryLanguage(languageTag);
	const table = lexicon.languages.get(language);
	if (!table || SUBSTRING_LANGUAGES.has(language)) return bag;
	const length = analyzed.stemmed.length;
	const keys: WordKeys[] = new Array<WordKeys>(length);
	const keysOf = (index: number) => (keys[index] ??= keysAt(analyzed, index, language));
	// A concept named by overlapping forms ("waste picker", then "picker") counts once.
	const coveredUntil = new Map<string, number>();
	for (let index = 0; index < length; index += 1) {
		const longest = new Map<string, number>();
		for (const key of keysOf(index)) {
			for (const form of table.byFirstKey.get(key) ?? []) {
				const size = form.rest.length + 1;
				if ((longest.get(form.concept) ?? 0) >= size || index + size > length) continue;
				if (form.rest.every((word, offset) => sharesKey(word, keysOf(index + offset + 1)))) {
					longest.set(form.concept, size);
				}
			}
		}
		for (const [concept, size] of longest) {
			if (index < (coveredUntil.get(concept) ?? 0)) continue;
			coveredUntil.set(concept, index + size);
			bag.set(concept, (bag.get(concept) ?? 0) + weight);
		}
	}
	return bag;
}

function sharesKey(a: WordKeys, b: WordKeys): boolean {
	return a.some((key) => b.includes(key));
}

/** The concepts named in text written without spaces between words (Chinese): substring counts. */
function conceptsOfUnspacedText(
	table: LanguageTable,
	text: string,
	bag: ConceptBag,
	weight: number
): ConceptBag {
	const normalized = normalize(text).replace(/\s+/g, '');
	const spans = new Map<string, [number, number][]>();
	for (const { concept, text: form } of table.substrings) {
		for (let at = normalized.indexOf(form); at !== -1; at = normalized.indexOf(form, at + 1)) {
			let list = spans.get(concept);
			if (!list) spans.set(concept, (list = []));
			list.push([at, at + form.length]);
		}
	}
	// Overlapping forms of one concept ("回收" inside "回收利用") count once.
	for (const [concept, list] of spans) {
		list.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
		let count = 0;
		let end = -1;
		for (const [start, stop] of list) {
			if (start < end) continue;
			count += 1;
			end = stop;
		}
		bag.set(concept, (bag.get(concept) ?? 0) + count * weight);
	}
	return bag;
}

/**
 * The concepts named in a text written in `language`, with their counts.
 * @example conceptsOf(lexicon, 'Tri des déchets au marché', 'fr') // Map { 'solid-waste' => 1, … }
 */
export function conceptsOf(
	lexicon: CompiledLexicon,
	text: string,
	languageTag: string,
	bag: ConceptBag = new Map(),
	weight = 1
): ConceptBag {
	const language = primaryLanguage(languageTag);
	const table = lexicon.languages.get(language);
	if (!table) return bag;
	if (SUBSTRING_LANGUAGES.has(language)) return conceptsOfUnspacedText(table, text, bag, weight);
	return conceptsOfTokens(lexicon, analyzeRecord(text, language), language, bag, weight);
}

/** Whether texts in this language are matched on substrings rather than analyzed words. */
export function isUnspacedLanguage(languageTag: string): boolean {
	return SUBSTRING_LANGUAGES.has(primaryLanguage(languageTag));
}

let defaultLexicon: CompiledLexicon | undefined;

/** The platform's lexicon (`lexicon/lexicon.ts`), compiled on first use (about a second). */
export function conceptLexicon(): CompiledLexicon {
	return (defaultLexicon ??= compileLexicon(CONCEPTS));
}
