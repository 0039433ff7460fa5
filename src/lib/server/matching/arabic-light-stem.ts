const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
const MIN_LENGTH = 2;

/**
 * A light stemmer for Arabic in the manner of Larkey's "light10": strip one conjunction (و, ف),
 * then one definite-article or preposition prefix (ال, وال, بال, كال, فال, لل), then the common
 * plural, dual, feminine and pronoun suffixes, keeping at least two letters. Used beside the
 * analyzer's Snowball stem to match concept surface forms, because Snowball cuts the same noun
 * differently with and without its article (النفايات → نفا, نفايات → نفايا), while light
 * stemming gives نفا for both.
 *
 * Takes a token in the analyzer's folded form (ة already written ه, أ/إ/آ as ا).
 * @example arabicLightStem('والنفايات') === arabicLightStem('نفايات') // 'نفا'
 */
export function arabicLightStem(token: string): string {
	let word = token;
	if ((word.startsWith('و') || word.startsWith('ف')) && word.length > 3) word = word.slice(1);
	for (const prefix of PREFIXES) {
		if (word.startsWith(prefix) && word.length - prefix.length >= MIN_LENGTH) {
			word = word.slice(prefix.length);
			break;
		}
	}
	for (const suffix of SUFFIXES) {
		if (word.endsWith(suffix) && word.length - suffix.length >= MIN_LENGTH) {
			word = word.slice(0, -suffix.length);
		}
	}
	return word;
}
