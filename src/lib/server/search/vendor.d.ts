// Neither package ships types; these declare only what the search analyzer uses.

declare module 'snowball-stemmers' {
	/** A Snowball stemmer; `stem` is synchronous and reuses one internal buffer. */
	export interface SnowballStemmer {
		stem(word: string): string;
	}

	/** `algorithm` is an English language name such as `'english'` or `'arabic'`. */
	export function newStemmer(algorithm: string): SnowballStemmer;
}
