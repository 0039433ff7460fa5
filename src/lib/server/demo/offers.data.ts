import type { SupportType } from '../brokering/brokering-terms.ts';

/**
 * Offers of the demo organizations: what centers of excellence, agencies and cities named at the
 * seed webinar could give other cities. Written for this project from each organization's public
 * mandate; several languages, so cross-lingual matching can be seen at work. On a fresh database
 * they get ids 1, 2, 3… in this order (the authorization matrix opens /offers/1).
 */
export interface DemoOffer {
	slug: string;
	/** Slug of the offering organization (organizations.data.ts). */
	organization: string;
	title: string;
	description: string;
	language: string;
	supportTypes: SupportType[];
	/** Sector slugs (data/reference/sectors.json). */
	sectors: string[];
	languages: string[];
	/** UN M49 region and sub-region codes; empty for anywhere. */
	regions: number[];
}

export const demoOffers: DemoOffer[] = [
	{
		slug: 'small-hydropower-planning-and-training',
		organization: 'inshp',
		title: 'Small hydropower planning, training and technical assistance',
		description:
			'The International Center on Small Hydro Power helps cities and rural districts assess river sites, plan and build small hydropower plants, and run them safely. We offer feasibility reviews, training courses for engineers and operators in Hangzhou and on site, and technical assistance on mini-grids that bring electricity to villages far from the national grid.',
		language: 'en',
		supportTypes: ['training', 'technical-assistance', 'technology-transfer'],
		sectors: ['renewable-energy', 'energy-access'],
		languages: ['en', 'zh'],
		regions: [34, 35, 202]
	},
	{
		slug: 'intercambio-sistemas-alimentarios-resilientes',
		organization: 'iica',
		title: 'Intercambio entre pares sobre sistemas alimentarios resilientes y agricultura familiar',
		description:
			'El Centro de Gestión del Conocimiento y Cooperación Horizontal del IICA organiza intercambios entre municipios, cooperativas y técnicos para compartir prácticas de agricultura familiar resiliente al clima: manejo del agua en la finca, semillas adaptadas, cadenas de valor cortas y mercados locales. También ofrece cursos y asistencia técnica a gobiernos locales que quieren fortalecer su seguridad alimentaria.',
		language: 'es',
		supportTypes: ['peer-exchange', 'technical-assistance', 'training'],
		sectors: ['agriculture-food-systems', 'agri-value-chains', 'climate-adaptation'],
		languages: ['es', 'en', 'pt', 'fr'],
		regions: [419]
	},
	{
		slug: 'market-waste-sorting-and-composting-exchange',
		organization: 'koidu-new-sembehun-city-council',
		title: 'Peer exchange on market waste sorting and composting',
		description:
			'Koidu City Council shares what it learned sorting organic waste at the market, composting it and selling the compost to farmers. Council staff and market traders host visits and online exchanges with other towns that want to reduce waste piling up in markets and drains, and share their by-laws, collection schedules and costs.',
		language: 'en',
		supportTypes: ['peer-exchange'],
		sectors: ['waste-management'],
		languages: ['en'],
		regions: [202]
	},
	{
		slug: 'conseil-strategies-municipales-dechets-solides',
		organization: 'un-habitat',
		title: 'Conseil en politiques pour les stratégies municipales de gestion des déchets solides',
		description:
			"ONU-Habitat accompagne les municipalités dans l'élaboration de leur stratégie de gestion des déchets solides : diagnostic de la collecte et des décharges, plans de tri et de recyclage, tarification du service et inclusion des récupérateurs informels. L'appui combine conseil en politiques publiques, outils d'évaluation rapide et assistance technique pour préparer les investissements.",
		language: 'fr',
		supportTypes: ['policy-advice', 'technical-assistance'],
		sectors: ['waste-management', 'urban-planning'],
		languages: ['fr', 'en', 'ar', 'es'],
		regions: [2, 145]
	},
	{
		slug: 'technology-transfer-through-southern-centers-of-excellence',
		organization: 'gssdc',
		title: 'Technology transfer through Southern centers of excellence',
		description:
			'The Global South-South Development Center connects local governments with centers of excellence in the South that have proven technologies for clean energy, food systems and climate resilience. We broker technology transfer partnerships, co-design pilots, and help mobilize seed financing for the first demonstration projects.',
		language: 'en',
		supportTypes: ['technology-transfer', 'financing', 'training'],
		sectors: ['renewable-energy', 'agriculture-food-systems', 'finance-investment'],
		languages: ['en', 'zh', 'fr'],
		regions: []
	},
	{
		slug: 'disaster-risk-governance-experience-sharing',
		organization: 'undp-china',
		title: '城市灾害风险治理经验分享与技术援助',
		description:
			'联合国开发计划署驻华代表处与地方政府分享中国在城市灾害风险治理方面的经验，包括早期预警系统、应急规划、韧性基础设施和社区防灾演练。我们为其他发展中国家的城市提供政策建议、技术援助和同行交流。',
		language: 'zh',
		supportTypes: ['policy-advice', 'technical-assistance', 'peer-exchange'],
		sectors: ['disaster-risk-reduction', 'climate-adaptation'],
		languages: ['zh', 'en', 'ar'],
		regions: [145, 35]
	}
];
