/**
 * Knowledge products shown at the seed webinar (SEED.md): two Cities Project videos (section 2) and
 * the South-South Cities Clusters video (section 4). `publishedOn` is the day they were shown at the
 * webinar. No URL and no duration: the seed gives neither.
 */
import type { DemoKnowledgeProduct } from './demo.types.ts';

export const demoKnowledgeProducts: DemoKnowledgeProduct[] = [
	{
		slug: 'innovative-experiences-of-cities-environmental-sustainability-climate-action',
		title:
			'Innovative Experiences of Cities: Environmental sustainability and climate action through South-South and Triangular Cooperation',
		kind: 'video',
		summary:
			'A Cities Project video on how cities of the Global South act for the environment and the climate, in fields such as energy, transport, waste management and disaster risk reduction, and on what they learn from one another through South-South and triangular cooperation.',
		publishedOn: '2022-10-18',
		language: 'en',
		publisher: 'unossc',
		clusters: ['energy', 'transport-air-quality', 'waste-management', 'disaster-risk-governance'],
		projects: []
	},
	{
		slug: 'spotlighting-cities-subnational-covid-19-responses',
		title:
			'Spotlighting Cities and Other Sub-national COVID-19 Responses for South-South and Triangular Cooperation',
		kind: 'video',
		summary:
			'A Cities Project video on how cities and other sub-national governments responded to the COVID-19 pandemic, and on how their responses can be shared with peers through South-South and triangular cooperation.',
		publishedOn: '2022-10-18',
		language: 'en',
		publisher: 'unossc',
		clusters: [],
		projects: []
	},
	{
		slug: 'south-south-cities-clusters',
		title: 'South-South Cities Clusters',
		kind: 'video',
		summary:
			'A short presentation of the South-South Cities Clusters: thematic communities of practice on South-South Galaxy where cities, local authorities, UN entities and other partners share knowledge and build partnerships.',
		publishedOn: '2022-10-18',
		language: 'en',
		publisher: 'unossc',
		clusters: [
			'sustainable-tourism-heritage',
			'waste-management',
			'agriculture-food-systems',
			'energy',
			'transport-air-quality',
			'disaster-risk-governance',
			'ecosystems'
		],
		projects: []
	}
];
