/**
 * Text normalization for search, in two stages so the stemmers see the letters they were written
 * for and the stored tokens are still folded:
 *
 * 1. `prepareForStemming` (whole text, before segmentation): Unicode NFKC (full-width letters,
 *    ligatures such as "ﬁ", superscripts); default-ignorable code points removed (soft hyphens,
 *    zero-width joiners, variation selectors — as Unicode's NFKC_Casefold does); case folding with
 *    the locale-independent `toLowerCase`, plus the full case folds it leaves out (ß → ss, final
 *    ς → σ); Russian ё → е (optional in Russian spelling); Arabic tashkeel (short vowels, shadda,
 *    sukun, Quranic marks) and tatweel removed; Arabic-Indic digits → ASCII digits.
 * 2. `foldToken` (each token, and each stem): diacritics folded for Latin and Greek (and marks on
 *    digits and symbols) by NFD and dropping the combining marks, then NFC; œ → oe, æ → ae; and
 *    Arabic letter variants unified: أ إ آ ٱ → ا, ى → ي, ة → ه.
 *
 * Why the split: the Snowball stemmers rely on what folding removes. Spanish and Portuguese
 * "información"/"informação" lose their suffix only with the accent, and the Arabic stemmer reads
 * ة as the feminine ending (folded first, "المدينة" and "مدينة" stem differently). So stems are
 * taken before stage 2 and folded after it; a query typed without accents still finds the record
 * through its folded exact form.
 *
 * Choices kept on purpose:
 * - Cyrillic keeps its marks except ё: й is a letter of its own, and the Russian stemmer matches
 *   endings such as -ый and -ий.
 * - Arabic keeps its letters; only the spelling variants people write interchangeably are unified.
 *   Hamza on و and ي (ؤ, ئ) is kept because it distinguishes words.
 */

const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
// Harakat, shadda, sukun, superscript alef, Quranic annotation marks; U+0640 is tatweel.
const ARABIC_TASHKEEL_AND_TATWEEL =
	/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
const FOLDED_MARKS = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Common}])\p{M}+/gu;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae' };
const ARABIC_VARIANTS: Readonly<Record<string, string>> = {
	'\u0623': '\u0627', // أ → ا
	'\u0625': '\u0627', // إ → ا
	'\u0622': '\u0627', // آ → ا
	'\u0671': '\u0627', // ٱ → ا
	'\u0649': '\u064A', // ى → ي
	'\u0629': '\u0647' // ة → ه
};

/** Stage 1: the form the segmenter and the stemmers read. */
export function prepareForStemming(text: string): string {
	return text
		.normalize('NFKC')
		.replace(DEFAULT_IGNORABLE, '')
		.toLowerCase()
		.replaceAll('ß', 'ss')
		.replaceAll('ς', 'σ')
		.replaceAll('ё', 'е')
		.replace(ARABIC_TASHKEEL_AND_TATWEEL, '')
		.replace(ARABIC_INDIC_DIGIT, (digit) => String(digitValue(digit)));
}

// Both digit blocks start at a code point ending in 0, so the low four bits are the digit's value.
function digitValue(digit: string): number {
	return digit.charCodeAt(0) & 0x0f;
}

/** Stage 2: the form every stored and queried token is in. Maps characters one to one or widens. */
export function foldToken(token: string): string {
	return token
		.normalize('NFD')
		.replace(FOLDED_MARKS, '$1')
		.normalize('NFC')
		.replace(/[œæ]/g, (letter) => LIGATURES[letter] ?? letter)
		.replace(
			/[\u0622\u0623\u0625\u0629\u0649\u0671]/g,
			(letter) => ARABIC_VARIANTS[letter] ?? letter
		);
}

/**
 * The normalized form of any text, as tokens are stored: `normalize('São Paulo')` is
 * `'sao paulo'`, `normalize('الْمَدِينَة')` is `'المدينه'`. Idempotent.
 */
export function normalize(text: string): string {
	return foldToken(prepareForStemming(text));
}
