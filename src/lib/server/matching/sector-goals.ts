import type { SectorSlug } from './lexicon/concept.ts';

/**
 * The Sustainable Development Goals each sector theme mostly serves, strongest first: how SDGs are
 * suggested from the sectors a text is about. Written from the goals' scope (6 water and
 * sanitation, 7 energy, 11 cities, 13 climate …), not learned from any data set.
 */
export const SECTOR_GOALS: Readonly<Record<SectorSlug, readonly number[]>> = {
	'waste-management': [11, 12],
	'water-sanitation': [6, 3],
	'energy-access': [7, 1],
	'renewable-energy': [7, 13],
	'urban-transport': [11, 9],
	'air-quality': [3, 11],
	'disaster-risk-reduction': [11, 13],
	'climate-adaptation': [13, 11],
	'agriculture-food-systems': [2, 12],
	'agri-value-chains': [2, 8],
	'ecosystems-biodiversity': [15, 14],
	'sustainable-tourism': [8, 12],
	'cultural-heritage': [11, 8],
	'public-health': [3],
	'education-skills': [4],
	'digital-government': [16, 9],
	'local-economic-development': [8, 1],
	'housing-informal-settlements': [11, 1],
	'urban-planning': [11],
	'social-protection': [1, 10],
	'gender-equality': [5],
	'finance-investment': [17, 11]
};
