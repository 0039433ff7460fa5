/**
 * South-South Cities Clusters: thematic communities of practice on South-South Galaxy. UNOSSC's
 * Cities Project runs the clusters; where a partner leads the cluster's pilot work it is listed as
 * co-coordinator. Each project's sectors are covered by the sectors of its clusters.
 */
import type { DemoCluster } from './demo.types.ts';

export const demoClusters: DemoCluster[] = [
	{
		slug: 'sustainable-tourism-heritage',
		name: 'Sustainable Tourism and Heritage Cities Cluster',
		theme: 'Sustainable tourism, heritage protection and creative economy',
		description:
			'Cities share how to bring visitors back after COVID-19 without wearing out the places they come to see. Topics include heritage conservation, sustainable and digital tourism, and the creative economy that lives in historic centres.',
		sectors: ['sustainable-tourism', 'cultural-heritage', 'local-economic-development'],
		sdgs: [8, 11, 12],
		coordinators: ['unossc', 'ancmpm'],
		members: ['ancmpm', 'campeche-city']
	},
	{
		slug: 'waste-management',
		name: 'Waste Management Cities Cluster',
		theme: 'Municipal solid waste management and circular economy',
		description:
			'Cities compare how they collect, treat and recycle waste, and how they pay for it. The cluster links councils that are building their waste services with peers that have made theirs work, as in the Koidu City pilot in Sierra Leone.',
		sectors: ['waste-management', 'water-sanitation'],
		sdgs: [6, 11, 12],
		coordinators: ['unossc', 'un-habitat'],
		members: ['koidu-new-sembehun-city-council', 'un-habitat']
	},
	{
		slug: 'agriculture-food-systems',
		name: 'Agriculture Value Chains and Food Systems Cities Cluster',
		theme: 'Sustainable agriculture, value chains and food systems',
		description:
			'Cities, research centres and farmer organizations share practice on growing, processing and selling food sustainably, from farm to table. The cluster also covers how food systems can withstand climate change and supply shocks.',
		sectors: ['agriculture-food-systems', 'agri-value-chains', 'climate-adaptation'],
		sdgs: [2, 12, 13],
		coordinators: ['unossc', 'iica'],
		members: ['iica', 'gssdc', 'undp-tanzania']
	},
	{
		slug: 'energy',
		name: 'Energy Cities Cluster',
		theme: 'Energy access and renewable energy',
		description:
			'Members exchange experience on bringing clean, affordable electricity to towns and rural areas, from small hydropower to solar systems. Centers of excellence share technology, standards and training with local partners.',
		sectors: ['energy-access', 'renewable-energy'],
		sdgs: [7, 13],
		coordinators: ['unossc', 'inshp'],
		members: ['inshp', 'gssdc', 'undp-peru']
	},
	{
		slug: 'transport-air-quality',
		name: 'Sustainable Transport and Air Quality Cities Cluster',
		theme: 'Sustainable transport and air quality',
		description:
			'Cities share ways to make transport cleaner, safer and more accessible while cutting emissions and urban air pollution. Public transport, digital tools and city-to-city exchange are at the centre of the work.',
		sectors: ['urban-transport', 'air-quality', 'urban-planning'],
		sdgs: [3, 11, 13],
		coordinators: ['unossc'],
		members: ['undp-chile', 'undp-china']
	},
	{
		slug: 'disaster-risk-governance',
		name: 'Disaster Risk Governance Cities Cluster',
		theme: 'Disaster risk reduction and resilience',
		description:
			'Local authorities learn from each other how to understand, govern and reduce disaster risk before a crisis strikes. Exchanges connect policy makers, researchers and practitioners.',
		sectors: ['disaster-risk-reduction', 'climate-adaptation'],
		sdgs: [1, 11, 13],
		coordinators: ['unossc'],
		members: ['undp-lebanon', 'undp-china']
	},
	{
		slug: 'ecosystems',
		name: 'Ecosystems Cities Cluster',
		theme: 'Ecosystem management and biodiversity',
		description:
			'Members share approaches to managing lakes, rivers, wetlands and other ecosystems that cities and rural communities depend on. The cluster focuses on integrated management across administrative and national borders.',
		sectors: ['ecosystems-biodiversity', 'water-sanitation', 'climate-adaptation'],
		sdgs: [6, 15],
		coordinators: ['unossc'],
		members: ['undp-kenya']
	}
];
