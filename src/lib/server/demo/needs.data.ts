import type { NeedVisibility, SupportType } from '../brokering/brokering-terms.ts';

/**
 * Needs of demo organizations: problems cities of the South put to their peers, written for this
 * project in the words a city official would use (several languages, so cross-lingual matching
 * can be seen at work). On a fresh database they get ids 1, 2, 3… in this order: the authorization
 * matrix and the browser tests open /needs/1, Koidu's public need about market waste.
 */
export interface DemoNeed {
	/** Slug of the organization that posts it (organizations.data.ts or a solution's provider). */
	organization: string;
	title: string;
	description: string;
	tried: string | null;
	language: string;
	supportTypes: SupportType[];
	sdgs: number[];
	targets: string[];
	/** Sector slugs (data/reference/sectors.json). */
	sectors: string[];
	country: string;
	/** A city of the demo or reference cities, in that country. */
	city: string | null;
	timeframe: string | null;
	/** Languages the city can work in (besides the one it wrote in). */
	languages: string[];
	visibility: NeedVisibility;
	/** How long before the seeding it was posted, for a believable list. */
	daysAgo: number;
}

export const demoNeeds: DemoNeed[] = [
	{
		organization: 'koidu-new-sembehun-city-council',
		title: 'Market waste and solid waste collection in Koidu',
		description:
			'Every market day the central market of Koidu produces several tonnes of waste, most of it vegetable peelings, fruit and packaging. Collection is irregular: waste piles up between the stalls, blocks the drains and is burned at night, and during the rainy season the blocked drains flood the streets around the market. The council has two old tipper trucks and no proper disposal site, and market fees do not cover the cost of collection. We would like to learn from towns of a similar size that have organised the sorting and collection of market waste, composting of the organic part, and a fee or by-law that traders accept.',
		tried:
			'Weekly clean-up days with the traders’ association, and bins at the market entrances; the bins filled up within a day and were not emptied often enough.',
		language: 'en',
		supportTypes: ['technical-assistance', 'peer-exchange', 'training'],
		sdgs: [11, 12],
		targets: ['11.6', '12.5'],
		sectors: ['waste-management'],
		country: 'SL',
		city: 'Koidu',
		timeframe: 'Within the next 12 months, before the next rainy season if possible',
		languages: ['en'],
		visibility: 'public',
		daysAgo: 3
	},
	{
		organization: 'commune-de-ouagadougou',
		title: 'Inondations des quartiers périphériques et drainage des eaux pluviales',
		description:
			'Chaque saison des pluies, plusieurs quartiers périphériques de Ouagadougou sont inondés : les caniveaux sont trop petits ou bouchés par les déchets, des maisons en banco s’effondrent et des familles doivent être relogées. La commune cherche des villes qui ont cartographié les zones inondables, mis en place une alerte précoce avec les habitants et entretenu leurs caniveaux avec des comités de quartier, pour préparer un plan de drainage et de réduction des risques.',
		tried:
			'Curage des caniveaux avant l’hivernage avec des associations de jeunes, mais sans carte des zones à risque ni budget d’entretien régulier.',
		language: 'fr',
		supportTypes: ['technical-assistance', 'peer-exchange'],
		sdgs: [11, 13],
		targets: ['11.5', '13.1'],
		sectors: ['disaster-risk-reduction', 'climate-adaptation', 'urban-planning'],
		country: 'BF',
		city: 'Ouagadougou',
		timeframe: 'Avant la prochaine saison des pluies',
		languages: ['fr'],
		visibility: 'members',
		daysAgo: 9
	},
	{
		organization: 'prefeitura-do-recife',
		title: 'Energia solar nas escolas e postos de saúde municipais',
		description:
			'A Prefeitura do Recife quer instalar painéis solares em escolas e postos de saúde municipais para reduzir a conta de energia e manter os serviços funcionando durante as quedas de energia. Buscamos cidades que já fizeram compras públicas de sistemas fotovoltaicos, modelos de financiamento e contratos de manutenção, e que possam compartilhar editais, custos e resultados.',
		tried: null,
		language: 'pt',
		supportTypes: ['technology-transfer', 'financing', 'peer-exchange'],
		sdgs: [7],
		targets: ['7.2'],
		sectors: ['renewable-energy', 'energy-access'],
		country: 'BR',
		city: 'Recife',
		timeframe: 'Próximos 18 meses',
		languages: ['pt', 'es', 'en'],
		visibility: 'public',
		daysAgo: 14
	},
	{
		organization: 'campeche-city',
		title: 'Reducir las pérdidas de agua potable en la red de distribución',
		description:
			'Casi la mitad del agua que bombea el municipio de Campeche se pierde en fugas y conexiones irregulares antes de llegar a los hogares, y varios barrios reciben agua solo algunas horas al día. Buscamos ciudades que hayan sectorizado su red, instalado medidores y reducido el agua no contabilizada, para aprender cómo organizaron el trabajo con el organismo operador y cómo lo financiaron.',
		tried:
			'Campañas de detección de fugas visibles y regularización de algunas tomas clandestinas.',
		language: 'es',
		supportTypes: ['technical-assistance', 'training', 'peer-exchange'],
		sdgs: [6],
		targets: ['6.1', '6.4'],
		sectors: ['water-sanitation'],
		country: 'MX',
		city: 'Campeche',
		timeframe: 'Durante 2026',
		languages: ['es', 'en'],
		visibility: 'public',
		daysAgo: 20
	},
	{
		organization: 'mairie-de-so-ava',
		title: 'Financer l’assainissement d’une commune lacustre',
		description:
			'À Sô-Ava, la plupart des habitations sont construites sur pilotis au-dessus du lac Nokoué et les latrines se déversent directement dans l’eau, qui sert aussi à la pêche et parfois à la boisson. La mairie prépare un projet de latrines adaptées aux zones inondées et de vidange des boues, et cherche un appui pour monter le financement et dialoguer avec les bailleurs. Le montage financier est encore confidentiel, d’où une diffusion limitée aux curateurs.',
		tried:
			'Un projet pilote de latrines surélevées dans deux villages, sans solution pour la vidange.',
		language: 'fr',
		supportTypes: ['financing', 'policy-advice', 'technical-assistance'],
		sdgs: [6, 3],
		targets: ['6.2', '6.3'],
		sectors: ['water-sanitation', 'public-health', 'finance-investment'],
		country: 'BJ',
		city: 'Sô-Ava',
		timeframe: 'Dossier de financement à déposer dans les six mois',
		languages: ['fr', 'en'],
		visibility: 'curators',
		daysAgo: 27
	}
];
