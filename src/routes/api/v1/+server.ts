import { apiRoute } from '#lib/server/http/api.ts';
import type { RequestHandler } from './$types';

/** The API's front door: what can be read, and how lists and errors are shaped. */
export const GET: RequestHandler = apiRoute(async () => ({
	name: 'South-South Galaxy API',
	version: 1,
	lists:
		'GET a collection answers {"data":[...],"page":1,"pageSize":20,"total":N}; ?page= and ?pageSize= (max 100)',
	errors:
		'Errors answer {"error":{"code","message","details":[{"field","reason"}]}} with a 4xx status',
	endpoints: {
		search: '/api/v1/search?q=&type=solution|partner|project|event|cluster|knowledge&page=',
		solutions:
			'/api/v1/solutions?q=&sdg=&sector=&region=&country=&lang=&modality=&provider=&year=&sort=relevance|newest&page=',
		solution: '/api/v1/solutions/{slug}',
		partners: '/api/v1/partners?q=&kind=&country=&page=',
		partner: '/api/v1/partners/{slug}',
		projects: '/api/v1/projects?programme=&status=&country=&sdg=&page=',
		project: '/api/v1/projects/{slug}',
		events: '/api/v1/events?when=upcoming|past&kind=&cluster=&language=&page=',
		event: '/api/v1/events/{slug}',
		clusters: '/api/v1/clusters',
		cluster: '/api/v1/clusters/{slug}',
		knowledge: '/api/v1/knowledge?kind=&page=',
		knowledgeProduct: '/api/v1/knowledge/{slug}',
		sdgs: '/api/v1/sdgs',
		sectors: '/api/v1/sectors'
	}
}));
