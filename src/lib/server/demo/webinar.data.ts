/**
 * The seed webinar of SEED.md, reproduced as data: hosts, moderator, objectives and the agenda
 * with the seed's own wording. Top-level items are the six numbered sections (kind `section`,
 * numbers dropped: the UI numbers them); speakers, projects and videos hang on the items.
 */
import type { DemoAgendaItem, DemoEvent } from './demo.types.ts';

const section3: DemoAgendaItem = {
	title: 'Presentation of local solutions and innovative practices by local pilot partners',
	kind: 'section',
	children: [
		{
			title: 'Pilot projects from Cities Project',
			kind: 'item',
			children: [
				{
					title: 'SSTC for sustainable tourism in Mexico World Heritage Cities (WHC), Mexico',
					kind: 'presentation',
					project: 'sstc-sustainable-tourism-mexico-world-heritage-cities',
					speakers: ['jorge-ortega', 'ricardo-rodriguez-dives']
				},
				{
					title: 'SSTC for sustainable waste management in Koidu City, Sierra Leone',
					kind: 'presentation',
					project: 'sstc-sustainable-waste-management-koidu',
					speakers: ['komba-mathew-sam', 'ansu-bangura']
				}
			]
		},
		{
			title: 'Pilot projects from GSSDC',
			kind: 'item',
			children: [
				{
					title: 'Promotion of Small Hydro Power in Nepal and Southern Asian Countries',
					kind: 'presentation',
					project: 'small-hydro-power-nepal-south-asia',
					speakers: ['qiu-dale']
				},
				{
					title:
						'Building Bridges of Knowledge in LAC: South-South Exchange of Experiences to Strengthen Resilience and Adaptation of Food Systems Facing Climate Change',
					kind: 'presentation',
					project: 'building-bridges-knowledge-lac-food-systems',
					speakers: ['francisco-mello']
				}
			]
		}
	]
};

const section5: DemoAgendaItem = {
	title: 'Launch of new pilot projects with UNDP Countries offices',
	kind: 'section',
	children: [
		{
			title: 'Cities Project',
			kind: 'item',
			children: [
				{
					title:
						'South-South and Triangular Cooperation for Sustainable Disaster Risk Governance in Lebanon',
					kind: 'launch',
					project: 'sstc-disaster-risk-governance-lebanon'
				},
				{
					title:
						'South-South and Triangular Cooperation in Promoting Sustainable and Low-carbon Transportation in the Metropolitan Region of Santiago, Chile',
					kind: 'launch',
					project: 'sstc-low-carbon-transport-santiago'
				},
				{
					title:
						'Knowledge Sharing on Practical Technology of China-Tanzania Soybean Value Chain for Agricultural Sustainable Development',
					kind: 'launch',
					project: 'china-tanzania-soybean-value-chain'
				},
				{
					title:
						'Capacity Building on Comprehensive Management and Technology Innovation of Ecosystem Integration in Lake Victoria Basin',
					kind: 'launch',
					project: 'lake-victoria-basin-ecosystem-integration'
				},
				{
					title:
						'Research on Rural Electrification Enhancement Based on Photovoltaic Technologies in Amazonas Region of Peru',
					kind: 'launch',
					project: 'pv-rural-electrification-amazonas-peru'
				},
				{
					// Same project as the GSSDC pilot presented in section 3: one project, two
					// agenda items. The title keeps the seed's section-5 wording (lower case).
					title:
						'Building bridges of knowledge in LAC: South-South exchange of experiences to strengthen resilience and adaptation of food systems facing climate change',
					kind: 'launch',
					project: 'building-bridges-knowledge-lac-food-systems'
				}
			]
		}
	]
};

export const demoWebinar: DemoEvent = {
	slug: 'promoting-sstc-covid-19-recovery-2022',
	title:
		'Promoting SSTC in Support of COVID-19 Recovery and Sustainable Development through UNOSSC Projects',
	kind: 'webinar',
	// The seed gives the date (18 October 2022) but no hour: the 09:00–11:00 New York slot
	// (EDT, UTC−4) is an assumption.
	startsAt: '2022-10-18T09:00:00-04:00',
	endsAt: '2022-10-18T11:00:00-04:00',
	timeZone: 'America/New_York',
	announcedOn: '2022-10-11',
	summary:
		'A pre-recorded webinar co-hosted by UNOSSC and CICETE under the Cities Project and the Global South-South Development Center, showcasing local solutions from pilot projects, introducing the South-South Cities Clusters and launching new pilots with UNDP country offices.',
	description:
		'UNOSSC and CICETE brought together partners from cities, local governments and centers of excellence of the Global South to show how South-South and triangular cooperation supports recovery from COVID-19 and sustainable development at the local level. Pilot partners presented their work on sustainable tourism in Mexico, waste management in Sierra Leone, small hydropower in Nepal and South Asia, and climate-resilient food systems in Latin America and the Caribbean.\n\nThe programme also introduced the South-South Cities Clusters on South-South Galaxy, the online platform and community of practice where cities and localities of the Global South learn from each other and build partnerships, and launched new pilot projects with UNDP country offices. The event was pre-recorded and released as a video.',
	objectives: [
		'Present how the South-South and triangular cooperation projects of UNOSSC and CICETE support sustainable recovery from the COVID-19 pandemic at national, sub-national and city level.',
		'Share local solutions and innovative practices through local implementing partners for South-South mutual learning, and share sectoral technology and knowledge through centers of excellence of the Global South.',
		'Expand interregional exchanges and partnership brokering for sustainable and innovative South-South and triangular cooperation among countries, cities and centers of excellence of the Global South.'
	],
	hosts: [
		{ organization: 'unossc', role: 'co-host' },
		{ organization: 'cicete', role: 'co-host' }
	],
	programmes: ['Cities Project', 'Global South-South Development Center (GSSDC)'],
	moderator: 'muriel-obon',
	languages: ['en'],
	// The seed embeds the recording ("click the video above") but gives no address.
	// Written for the demo from the programme above: the seed reports no outcomes of its own.
	outcomeSummary:
		'The webinar walked through the programme from pilot to partnership:\n\n' +
		'- Two Cities Project videos opened the session, on environmental sustainability and climate action in cities and on sub-national responses to COVID-19.\n' +
		'- Local pilot partners presented their work: sustainable tourism in Mexico’s World Heritage Cities, waste management in Koidu City (Sierra Leone), small hydropower in Nepal and South Asia, and climate-resilient food systems in Latin America and the Caribbean.\n' +
		'- The South-South Cities Clusters were introduced as the way for cities of the Global South to keep learning from each other on South-South Galaxy.\n' +
		'- New pilot projects with UNDP country offices were launched.\n\n' +
		'Cities and partners who want to join a pilot or a cluster can ask to join from the cluster pages.',
	clusters: [
		'sustainable-tourism-heritage',
		'waste-management',
		'agriculture-food-systems',
		'energy',
		'transport-air-quality',
		'disaster-risk-governance',
		'ecosystems'
	],
	agenda: [
		{
			title: 'Opening remarks',
			kind: 'section',
			speakers: ['xiaojun-grace-wang', 'yi-zhang']
		},
		{
			title: 'Presentation of Cities Project knowledge products (videos)',
			kind: 'section',
			children: [
				{
					title:
						'Innovative Experiences of Cities: Environmental sustainability and climate action through South-South and Triangular Cooperation',
					kind: 'video',
					knowledgeProduct:
						'innovative-experiences-of-cities-environmental-sustainability-climate-action'
				},
				{
					title:
						'Spotlighting Cities and Other Sub-national COVID-19 Responses for South-South and Triangular Cooperation',
					kind: 'video',
					knowledgeProduct: 'spotlighting-cities-subnational-covid-19-responses'
				}
			]
		},
		section3,
		{
			title: 'Presentation of South-South Cities Clusters (video)',
			kind: 'section',
			knowledgeProduct: 'south-south-cities-clusters'
		},
		section5,
		{
			title: 'Closing remarks',
			kind: 'section',
			speakers: ['james-george']
		}
	]
};
