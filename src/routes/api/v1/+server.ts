import { apiRoute } from '#lib/server/http/api.ts';
import type { RequestHandler } from './$types';

/** The API's front door: what can be read, and how lists and errors are shaped. */
export const GET: RequestHandler = apiRoute(async () => ({
	name: 'South-South Galaxy API',
	version: 1,
	lists:
		'GET a collection answers {"data":[...],"page":1,"pageSize":20,"total":N}; ?page= and ?pageSize= (max 100)',
	writes:
		'POST, PUT, PATCH and DELETE need a personal read-write API token (Authorization: Bearer …), made on /account',
	errors:
		'Errors answer {"error":{"code","message","details":[{"field","reason"}]}} with a 4xx status',
	endpoints: {
		search:
			'/api/v1/search?q=&type=solution|partner|project|event|cluster|knowledge|need|offer&page=',
		solutions:
			'/api/v1/solutions?q=&sdg=&sector=&region=&country=&lang=&modality=&provider=&year=&sort=relevance|newest&page=',
		solution: '/api/v1/solutions/{slug}',
		partners: '/api/v1/partners?q=&kind=&country=&page=',
		partner: '/api/v1/partners/{slug}',
		projects: '/api/v1/projects?programme=&status=&country=&sdg=&page=',
		project: '/api/v1/projects/{slug}',
		events:
			'/api/v1/events?when=upcoming|past&kind=&cluster=&language=&page= (GET; POST creates an event with its agenda, for organization editors and curators)',
		event: '/api/v1/events/{slug} (GET; PUT replaces the event and its agenda, for its organizers)',
		eventRegistration:
			'/api/v1/events/{slug}/registration (GET your registration; POST registers or waitlists you; DELETE cancels)',
		eventAttendees: '/api/v1/events/{slug}/attendees (its organizers and curators)',
		eventRecordings:
			'/api/v1/events/{slug}/recordings (GET; POST {"language","url","title"?,"duration"?} for its organizers)',
		calendars: '/events.ics, /clusters/{slug}/events.ics, /events/{slug}/event.ics (iCalendar)',
		clusters: '/api/v1/clusters',
		cluster: '/api/v1/clusters/{slug}',
		clusterThreads:
			'/api/v1/clusters/{slug}/threads?page= (GET; POST {"title","body","kind"} with a read-write token)',
		thread: '/api/v1/threads/{id}?page=',
		threadPosts: '/api/v1/threads/{id}/posts?page= (GET; POST {"body"} with a read-write token)',
		post: '/api/v1/threads/{id}/posts/{post}',
		knowledge:
			'/api/v1/knowledge?kind=&cluster=&language=&page= (GET; POST publishes, for organization editors and curators)',
		knowledgeProduct: '/api/v1/knowledge/{slug}',
		needs:
			'/api/v1/needs?q=&sector=&sdg=&country=&support=&status=&organization=&page= (GET; POST with a read-write token)',
		need: '/api/v1/needs/{id} (GET, PATCH, DELETE)',
		needMatches: '/api/v1/needs/{id}/matches (its requester and curators)',
		needConnections:
			'/api/v1/needs/{id}/connections (POST {"target":"solution:12"}: ask for an introduction)',
		needDismissals: '/api/v1/needs/{id}/dismissals (POST {"target"}, DELETE ?target=)',
		offers:
			'/api/v1/offers?q=&support=&sector=&language=&region=&organization=&page= (GET; POST with a read-write token)',
		offer: '/api/v1/offers/{id} (GET, PATCH, DELETE)',
		connections: '/api/v1/connections?q=&kind=&sector=&country=&stage=&page= (curators)',
		connection: '/api/v1/connections/{id}',
		connectionTransitions:
			'/api/v1/connections/{id}/transitions (POST {"to","note","reason","contactName","contactEmail"})',
		sdgs: '/api/v1/sdgs',
		sectors: '/api/v1/sectors'
	}
}));
