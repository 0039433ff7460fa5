/**
 * Pilot projects of the seed webinar (SEED.md): four presented in section 3 and the new pilots
 * launched in section 5. Titles are the seed's, without trailing semicolons.
 *
 * Partner roles follow the IATI organisation-role codelist:
 * - UNOSSC is `funding`: pilot news from UNOSSC describes pilots as funded by UNOSSC (the Cities
 *   Project itself is supported by the Government of China).
 * - CICETE is `accountable`: the Chinese government counterpart that oversees both programmes
 *   with UNOSSC (it co-chairs the Cities Project steering committee and co-initiated GSSDC).
 * - GSSDC is `extending` on its own small-grant pilots.
 * - Cities, associations, centers of excellence, UN-Habitat and UNDP country offices are
 *   `implementing`.
 *
 * Dates: the launched pilots start on the day of the launch, 18 October 2022. For the presented
 * pilots the seed gives no dates, so none are set. No budgets: the seed gives none.
 */
import type { DemoProject } from './demo.types.ts';

const LAUNCH_DAY = '2022-10-18';

export const demoProjects: DemoProject[] = [
	// Section 3 — pilot projects from the Cities Project.
	{
		slug: 'sstc-sustainable-tourism-mexico-world-heritage-cities',
		title: 'SSTC for sustainable tourism in Mexico World Heritage Cities (WHC), Mexico',
		programme: 'Cities Project',
		status: 'implementation',
		origin: 'presented',
		summary:
			"Helps Mexico's World Heritage Cities restart tourism after COVID-19 in a way that protects their heritage and benefits local economies, through exchanges with other cities of the Global South. Led by the National Association of Mexican World Heritage Cities with the City of Campeche.",
		countries: ['MX'],
		cities: ['Campeche'],
		sdgs: [8, 11, 12],
		sectors: ['sustainable-tourism', 'cultural-heritage', 'local-economic-development'],
		clusters: ['sustainable-tourism-heritage'],
		partners: [
			{ organization: 'unossc', role: 'funding' },
			{ organization: 'cicete', role: 'accountable' },
			{ organization: 'ancmpm', role: 'implementing' },
			{ organization: 'campeche-city', role: 'implementing' }
		]
	},
	{
		slug: 'sstc-sustainable-waste-management-koidu',
		title: 'SSTC for sustainable waste management in Koidu City, Sierra Leone',
		programme: 'Cities Project',
		status: 'implementation',
		origin: 'presented',
		summary:
			'Builds the capacity of Koidu New Sembehun City Council and its communities to manage municipal solid waste sustainably, with technical support from UN-Habitat and lessons from peer cities of the Global South.',
		countries: ['SL'],
		cities: ['Koidu'],
		sdgs: [11, 12],
		sectors: ['waste-management'],
		clusters: ['waste-management'],
		partners: [
			{ organization: 'unossc', role: 'funding' },
			{ organization: 'cicete', role: 'accountable' },
			{ organization: 'un-habitat', role: 'implementing' },
			{ organization: 'koidu-new-sembehun-city-council', role: 'implementing' }
		]
	},

	// Section 3 — pilot projects from GSSDC.
	{
		slug: 'small-hydro-power-nepal-south-asia',
		title: 'Promotion of Small Hydro Power in Nepal and Southern Asian Countries',
		programme: 'GSSDC',
		status: 'implementation',
		origin: 'presented',
		summary:
			'Promotes small hydropower in Nepal and other Southern Asian countries by sharing technology and experience, to widen access to clean, reliable electricity. The International Center on Small Hydro Power leads the pilot as a GSSDC center of excellence.',
		countries: ['NP'],
		cities: [],
		sdgs: [7, 13],
		sectors: ['renewable-energy', 'energy-access'],
		clusters: ['energy'],
		partners: [
			{ organization: 'unossc', role: 'funding' },
			{ organization: 'cicete', role: 'accountable' },
			{ organization: 'gssdc', role: 'extending' },
			{ organization: 'inshp', role: 'implementing' }
		]
	},
	{
		// Also launched in section 5 of the seed (under "Cities Project", in lower case). It is
		// modelled once, as the GSSDC project presented in section 3; the section-5 agenda item
		// of the webinar points to this same slug.
		slug: 'building-bridges-knowledge-lac-food-systems',
		title:
			'Building Bridges of Knowledge in LAC: South-South Exchange of Experiences to Strengthen Resilience and Adaptation of Food Systems Facing Climate Change',
		programme: 'GSSDC',
		status: 'implementation',
		origin: 'presented',
		summary:
			'A regional exchange across Latin America and the Caribbean on how food systems can become more resilient and adapt to climate change, led by IICA as a GSSDC center of excellence. Costa Rica, the seat of IICA, is listed as its place.',
		countries: ['CR'],
		cities: [],
		sdgs: [2, 13],
		sectors: ['agriculture-food-systems', 'climate-adaptation'],
		clusters: ['agriculture-food-systems'],
		partners: [
			{ organization: 'unossc', role: 'funding' },
			{ organization: 'cicete', role: 'accountable' },
			{ organization: 'gssdc', role: 'extending' },
			{ organization: 'iica', role: 'implementing' }
		]
	},

	// Section 5 — new pilot projects launched with UNDP country offices (Cities Project).
	{
		slug: 'sstc-disaster-risk-governance-lebanon',
		title:
			'South-South and Triangular Cooperation for Sustainable Disaster Risk Governance in Lebanon',
		programme: 'Cities Project',
		status: 'pipeline',
		origin: 'launched',
		summary:
			'Strengthens disaster risk governance in Lebanon through South-South and triangular exchanges of policy and practice, launched with the UNDP country office.',
		countries: ['LB'],
		cities: [],
		sdgs: [1, 11, 13],
		sectors: ['disaster-risk-reduction'],
		clusters: ['disaster-risk-governance'],
		startDate: LAUNCH_DAY,
		partners: [
			{ organization: 'unossc', role: 'funding' },
			{ organization: 'cicete', role: 'accountable' },
			{ organization: 'undp-lebanon', role: 'implementing' },
			{ organization: 'undp-china', role: 'implementing' }
		]
	},
	{
		slug: 'sstc-low-carbon-transport-santiago',
		title:
			'South-South and Triangular Cooperation in Promoting Sustainable and Low-carbon Transportation in the Metropolitan Region of Santiago, Chile',
		programme: 'Cities Project',
		status: 'pipeline',
		origin: 'launched',
		summary:
			'Promotes sustainable, low-carbon public transport in the Metropolitan Region of Santiago through capacity building and city-to-city exchange, launched with the UNDP country office in Chile.',
		countries: ['CL'],
		cities: ['Santiago'],
		sdgs: [11, 13],
		sectors: ['urban-transport', 'air-quality'],
		clusters: ['transport-air-quality'],
		startDate: LAUNCH_DAY,
		partners: [
			{ organization: 'unossc', role: 'funding' },
			{ organization: 'cicete', role: 'accountable' },
			{ organization: 'undp-chile', role: 'implementing' },
			{ organization: 'undp-china', role: 'implementing' }
		]
	},
	{
		slug: 'china-tanzania-soybean-value-chain',
		title:
			'Knowledge Sharing on Practical Technology of China-Tanzania Soybean Value Chain for Agricultural Sustainable Development',
		programme: 'Cities Project',
		status: 'pipeline',
		origin: 'launched',
		summary:
			"Shares practical Chinese technology for growing and processing soybeans with Tanzanian producers, to strengthen Tanzania's soybean value chain and sustainable agriculture. China is the source of the knowledge shared.",
		countries: ['TZ', 'CN'],
		cities: [],
		sdgs: [2, 8],
		sectors: ['agri-value-chains', 'agriculture-food-systems'],
		clusters: ['agriculture-food-systems'],
		startDate: LAUNCH_DAY,
		partners: [
			{ organization: 'unossc', role: 'funding' },
			{ organization: 'cicete', role: 'accountable' },
			{ organization: 'undp-tanzania', role: 'implementing' }
		]
	},
	{
		slug: 'lake-victoria-basin-ecosystem-integration',
		title:
			'Capacity Building on Comprehensive Management and Technology Innovation of Ecosystem Integration in Lake Victoria Basin',
		programme: 'Cities Project',
		status: 'pipeline',
		origin: 'launched',
		summary:
			'Builds capacity for the integrated management of the Lake Victoria Basin ecosystem, shared by Kenya, Tanzania and Uganda, and for the technology innovation that supports it.',
		countries: ['KE', 'TZ', 'UG'],
		cities: [],
		sdgs: [6, 15],
		sectors: ['ecosystems-biodiversity'],
		clusters: ['ecosystems'],
		startDate: LAUNCH_DAY,
		partners: [
			{ organization: 'unossc', role: 'funding' },
			{ organization: 'cicete', role: 'accountable' },
			{ organization: 'undp-kenya', role: 'implementing' }
		]
	},
	{
		// The seed lists this pilot under "Cities Project". A 2023 news item of the Hangzhou
		// Regional Center for Small Hydro Power calls it a Global SSDC small-grant project carried
		// out by China's National Research Institute for Rural Electrification; kept as the seed says.
		slug: 'pv-rural-electrification-amazonas-peru',
		title:
			'Research on Rural Electrification Enhancement Based on Photovoltaic Technologies in Amazonas Region of Peru',
		programme: 'Cities Project',
		status: 'pipeline',
		origin: 'launched',
		summary:
			'Researches how photovoltaic technologies can improve electricity supply in rural communities of the Amazonas region of Peru.',
		countries: ['PE'],
		cities: [],
		sdgs: [7, 13],
		sectors: ['energy-access', 'renewable-energy'],
		clusters: ['energy'],
		startDate: LAUNCH_DAY,
		partners: [
			{ organization: 'unossc', role: 'funding' },
			{ organization: 'cicete', role: 'accountable' },
			{ organization: 'undp-peru', role: 'implementing' }
		]
	}
];
