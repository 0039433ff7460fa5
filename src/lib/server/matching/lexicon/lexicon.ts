import { AGRI_VALUE_CHAINS, AGRICULTURE_FOOD_SYSTEMS } from './agriculture.concepts.ts';
import type { ConceptSpec } from './concept.ts';
import { CROSS_CUTTING } from './cross-cutting.concepts.ts';
import { ENERGY_ACCESS, RENEWABLE_ENERGY } from './energy.concepts.ts';
import {
	DIGITAL_GOVERNMENT,
	FINANCE_INVESTMENT,
	LOCAL_ECONOMIC_DEVELOPMENT
} from './governance-economy.concepts.ts';
import { EDUCATION_SKILLS, PUBLIC_HEALTH } from './health-education.concepts.ts';
import { HOUSING_INFORMAL_SETTLEMENTS, URBAN_PLANNING } from './housing-planning.concepts.ts';
import {
	CULTURAL_HERITAGE,
	ECOSYSTEMS_BIODIVERSITY,
	SUSTAINABLE_TOURISM
} from './nature-tourism-heritage.concepts.ts';
import { CLIMATE_ADAPTATION, DISASTER_RISK_REDUCTION } from './risk-climate.concepts.ts';
import { GENDER_EQUALITY, SOCIAL_PROTECTION } from './social-gender.concepts.ts';
import { AIR_QUALITY, URBAN_TRANSPORT } from './transport-air.concepts.ts';
import { WASTE_MANAGEMENT } from './waste-management.concepts.ts';
import { WATER_SANITATION } from './water-sanitation.concepts.ts';

/** Every concept of the lexicon: one group per sector theme, then the cross-cutting ones. */
export const CONCEPTS: readonly ConceptSpec[] = [
	...WASTE_MANAGEMENT,
	...WATER_SANITATION,
	...ENERGY_ACCESS,
	...RENEWABLE_ENERGY,
	...URBAN_TRANSPORT,
	...AIR_QUALITY,
	...DISASTER_RISK_REDUCTION,
	...CLIMATE_ADAPTATION,
	...AGRICULTURE_FOOD_SYSTEMS,
	...AGRI_VALUE_CHAINS,
	...ECOSYSTEMS_BIODIVERSITY,
	...SUSTAINABLE_TOURISM,
	...CULTURAL_HERITAGE,
	...PUBLIC_HEALTH,
	...EDUCATION_SKILLS,
	...DIGITAL_GOVERNMENT,
	...LOCAL_ECONOMIC_DEVELOPMENT,
	...HOUSING_INFORMAL_SETTLEMENTS,
	...URBAN_PLANNING,
	...SOCIAL_PROTECTION,
	...GENDER_EQUALITY,
	...FINANCE_INVESTMENT,
	...CROSS_CUTTING
];
