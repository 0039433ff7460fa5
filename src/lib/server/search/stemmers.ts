import { newStemmer, type SnowballStemmer } from 'snowball-stemmers';
import type { AnalyzedLanguage } from './language.ts';

const ALGORITHMS: Readonly<Record<AnalyzedLanguage, string>> = {
	en: 'english',
	es: 'spanish',
	fr: 'french',
	pt: 'portuguese',
	ar: 'arabic',
	ru: 'russian'
};

// A stemmer only sees words of the script it was written for: a Latin name in an Arabic record
// ("Nairobi") or a Russian word in a French one is kept as written rather than cut by rules meant
// for another language. Marks are allowed because stemming happens before diacritics folding.
const SCRIPTS: Readonly<Record<AnalyzedLanguage, RegExp>> = {
	en: /^[\p{Script=Latin}\p{M}]+$/u,
	es: /^[\p{Script=Latin}\p{M}]+$/u,
	fr: /^[\p{Script=Latin}\p{M}]+$/u,
	pt: /^[\p{Script=Latin}\p{M}]+$/u,
	ar: /^[\p{Script=Arabic}\p{M}]+$/u,
	ru: /^[\p{Script=Cyrillic}\p{M}]+$/u
};

const stemmers = new Map<AnalyzedLanguage, SnowballStemmer>();

function stemmerFor(language: AnalyzedLanguage): SnowballStemmer {
	let stemmer = stemmers.get(language);
	if (!stemmer) {
		stemmer = newStemmer(ALGORITHMS[language]);
		stemmers.set(language, stemmer);
	}
	return stemmer;
}

/**
 * The Snowball stem of one case-folded, not yet diacritics-folded word, or the word itself when
 * it holds digits (numbers are kept as written), is in another script, or would stem to nothing.
 */
export function stem(word: string, language: AnalyzedLanguage): string {
	if (!SCRIPTS[language].test(word)) return word;
	return stemmerFor(language).stem(word) || word;
}
