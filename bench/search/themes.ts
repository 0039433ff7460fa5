import type { Topic } from './vocabulary/vocabulary.ts';

/**
 * Which words a sector's solutions are written with, most common sector first: waste and water
 * solutions are many, heritage ones few. A sector missing here (added to the reference data
 * later) still works: it gets a topic by its position and comes last in popularity.
 */
export const SECTOR_TOPICS: Record<string, Topic> = {
	'waste-management': 'waste',
	'water-sanitation': 'water',
	'urban-transport': 'transport',
	'energy-access': 'energy',
	'housing-informal-settlements': 'housing',
	'climate-adaptation': 'climate',
	'public-health': 'health',
	'digital-government': 'digital',
	'education-skills': 'education',
	'agriculture-food-systems': 'agriculture',
	'renewable-energy': 'energy',
	'urban-planning': 'housing',
	'local-economic-development': 'economy',
	'disaster-risk-reduction': 'climate',
	'finance-investment': 'finance',
	'gender-equality': 'social',
	'social-protection': 'social',
	'air-quality': 'transport',
	'agri-value-chains': 'agriculture',
	'ecosystems-biodiversity': 'climate',
	'sustainable-tourism': 'economy',
	'cultural-heritage': 'economy'
};

/** Sanitation has no sector of its own: a water solution is about sanitation this often. */
export const SANITATION_SHARE_OF_WATER = 0.4;

/** The SDGs a topic's solutions usually report against, the most likely first. */
export const TOPIC_SDGS: Record<Topic, number[]> = {
	waste: [11, 12, 3],
	water: [6, 11, 3],
	sanitation: [6, 3, 11],
	transport: [11, 9, 3],
	housing: [11, 1, 10],
	energy: [7, 13, 11],
	health: [3, 6, 5],
	education: [4, 8, 5],
	climate: [13, 11, 15, 14],
	digital: [16, 9, 17],
	finance: [17, 8, 11],
	agriculture: [2, 12, 1],
	economy: [8, 11, 1],
	social: [1, 5, 10]
};

/** Shares of the corpus per language: roughly what a global South platform receives. */
export const LANGUAGE_SHARES = {
	en: 45,
	es: 15,
	fr: 15,
	pt: 8,
	ar: 7,
	ru: 5,
	zh: 5
} as const;
export type CorpusLanguage = keyof typeof LANGUAGE_SHARES;

/** How often each kind of organization provides solutions (weights, not percentages). */
export const ORGANIZATION_KIND_WEIGHTS: Record<string, number> = {
	city: 25,
	'local-government': 20,
	ngo: 12,
	'national-body': 8,
	academia: 7,
	association: 6,
	'un-entity': 5,
	'country-office': 5,
	'center-of-excellence': 5,
	'private-sector': 5,
	intergovernmental: 2
};
