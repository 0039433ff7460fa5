/**
 * The shape of the multilingual concept lexicon (see README.md in the folder above): each concept
 * is a development term with a language-independent id, the sector themes it belongs to, and its
 * surface forms in the six languages solutions are written in.
 */

/** The 22 sector themes of `data/reference/sectors.json` (a unit test keeps them equal). */
export const SECTOR_SLUGS = [
	'waste-management',
	'water-sanitation',
	'energy-access',
	'renewable-energy',
	'urban-transport',
	'air-quality',
	'disaster-risk-reduction',
	'climate-adaptation',
	'agriculture-food-systems',
	'agri-value-chains',
	'ecosystems-biodiversity',
	'sustainable-tourism',
	'cultural-heritage',
	'public-health',
	'education-skills',
	'digital-government',
	'local-economic-development',
	'housing-informal-settlements',
	'urban-planning',
	'social-protection',
	'gender-equality',
	'finance-investment'
] as const;

export type SectorSlug = (typeof SECTOR_SLUGS)[number];

/** The languages the lexicon gives surface forms in: the languages of solutions. */
export const LEXICON_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar', 'zh'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

/**
 * One concept. `terms` lists surface forms per language, one or more words each, written as a
 * dictionary would (singular, no article); the analyzer's stemming takes care of inflection
 * ("déchet" finds "déchets"), and stop words inside a form are ignored ("gestion des déchets"
 * matches "gestion de déchets"). Chinese forms match as written, anywhere in the text.
 *
 * `sectors` are the themes the concept is evidence for, strongest first; an empty list marks a
 * cross-cutting concept (women, youth, municipality) that helps matching but says nothing about
 * the theme. `sdgs` are goals the concept points to beyond those of its sectors.
 */
export interface ConceptSpec {
	id: string;
	sectors: readonly SectorSlug[];
	sdgs?: readonly number[];
	terms: Readonly<Record<LexiconLanguage, readonly string[]>>;
}

/**
 * A concept from one string of surface forms per language, separated by semicolons, which keeps
 * the lexicon files readable: `concept('compost', ['waste-management'], { en: 'compost; composting', … })`.
 */
export function concept(
	id: string,
	sectors: readonly SectorSlug[],
	terms: Readonly<Record<LexiconLanguage, string>>,
	sdgs?: readonly number[]
): ConceptSpec {
	const split = (forms: string) =>
		forms
			.split(';')
			.map((form) => form.trim())
			.filter((form) => form !== '');
	return {
		id,
		sectors,
		...(sdgs ? { sdgs } : {}),
		terms: {
			en: split(terms.en),
			fr: split(terms.fr),
			es: split(terms.es),
			pt: split(terms.pt),
			ar: split(terms.ar),
			zh: split(terms.zh)
		}
	};
}
