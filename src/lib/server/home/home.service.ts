import type { ReadContext } from '../context.ts';
import { listClusters } from '../clusters/clusters.service.ts';
import { listEvents } from '../events/events.service.ts';
import { listSolutions } from '../solutions/solutions.service.ts';

/**
 * The front page: newest solutions, every cluster, the next events and the latest past ones.
 * Each part goes through its own module's service (and so its policy).
 */
export async function getHomePage(context: ReadContext, now: Date = new Date()) {
	const [solutions, clusters, upcoming, past] = await Promise.all([
		listSolutions(context, { sdg: [], sector: [], country: [], region: [], page: 1, pageSize: 6 }),
		listClusters(context),
		listEvents(context, { when: 'upcoming', page: 1, pageSize: 3 }, now),
		listEvents(context, { when: 'past', page: 1, pageSize: 3 }, now)
	]);
	return {
		featuredSolutions: solutions.data,
		solutionTotal: solutions.total,
		clusters,
		upcomingEvents: upcoming.data,
		pastEvents: past.data
	};
}
