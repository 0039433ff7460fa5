import type { Kysely } from 'kysely';
import { insertChunked } from '../db/bulk.ts';
import type { Database } from '../db/database.ts';

/** Links the demo clusters share with their members; the first of Waste Management is pinned. */
const demoClusterResources: {
	cluster: string;
	title: string;
	url: string;
	description: string | null;
	pinned?: boolean;
}[] = [
	{
		cluster: 'waste-management',
		title: 'Waste Wise Cities Tool',
		url: 'https://unhabitat.org/wwc-tool',
		description:
			'UN-Habitat’s step-by-step guide to measuring how much municipal solid waste a city generates, collects and manages.',
		pinned: true
	},
	{
		cluster: 'waste-management',
		title: 'Waste Wise Cities',
		url: 'https://unhabitat.org/waste-wise-cities',
		description: 'The campaign cities join to improve their waste management.'
	},
	{
		cluster: 'disaster-risk-governance',
		title: 'Making Cities Resilient 2030',
		url: 'https://mcr2030.undrr.org/',
		description: 'The initiative of local governments working to reduce disaster risk.',
		pinned: true
	},
	{
		cluster: 'sustainable-tourism-heritage',
		title: 'World Heritage and Sustainable Tourism Programme',
		url: 'https://whc.unesco.org/en/tourism/',
		description: null
	},
	{
		cluster: 'energy',
		title: 'Sustainable Energy for All',
		url: 'https://www.seforall.org/',
		description: null
	}
];

export async function seedClusterResources(
	trx: Kysely<Database>,
	clusterIds: Map<string, number>,
	now: string
): Promise<void> {
	await insertChunked(
		trx,
		'cluster_resources',
		demoClusterResources.flatMap((resource) => {
			const clusterId = clusterIds.get(resource.cluster);
			if (clusterId === undefined) return [];
			return [
				{
					cluster_id: clusterId,
					kind: 'link' as const,
					title: resource.title,
					description: resource.description,
					url: resource.url,
					storage_key: null,
					file_name: null,
					media_type: null,
					byte_size: null,
					pinned: resource.pinned ? 1 : 0,
					created_by: null,
					created_at: now,
					updated_at: now
				}
			];
		})
	);
}
