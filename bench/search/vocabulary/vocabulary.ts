/**
 * What the synthetic corpus is written with, per language. Texts are filled-in templates, so
 * their grammar is rough, but their words are the real words of urban development in each
 * language, with their inflected forms, in Zipf-like frequencies: a query for "water" meets
 * thousands of solutions, one for "desalination" a few.
 */

/** Themes of the corpus; every sector maps to one (see `SECTOR_TOPICS`). */
export const TOPICS = [
	'waste',
	'water',
	'sanitation',
	'transport',
	'housing',
	'energy',
	'health',
	'education',
	'climate',
	'digital',
	'finance',
	'agriculture',
	'economy',
	'social'
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * One language's words and templates.
 *
 * Word lists are written compactly: groups of one word's forms are separated by `|`, most common
 * group first; the forms of a group by spaces, most common form first; `_` joins a term of
 * several words (`waste_collection`), so phrases occur in the texts.
 *
 * Templates have slots: `{t}` a word of the solution's topics, `{g}` a general word, `{n}` a
 * count, `{p}` a percentage, `{y}` a year, `{c}` the solution's country, `{w}` an invented place
 * name (for organizations).
 */
export interface Vocabulary {
	/** What joins words: a space, or nothing for Chinese. */
	separator: string;
	/** How counts are written, e.g. 12,500 in English and 12.500 in Spanish. */
	numberLocale: string;
	topics: Record<Topic, string>;
	general: string;
	titles: string[];
	/** Sentences for the summary, challenge and solution sections. */
	sentences: string[];
	/** Sentences for the results section, with figures. */
	results: string[];
	/** A name template per organization kind, in the order of `ORGANIZATION_KINDS`. */
	organizations: string[];
	/** Syllables that invented place names (`{w}`) are made of. */
	syllables: string;
}
