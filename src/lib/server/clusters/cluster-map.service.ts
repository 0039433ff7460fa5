import type { ReadContext } from '../context.ts';
import { forbidden } from '../http/errors.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import { loadCluster } from './cluster-access.ts';
import { countMapPlaces, drawClusterMap, type MapCity } from './cluster-map.ts';
import { landPathFor } from './cluster-map.land.ts';
import { canReadClusters } from './clusters.policy.ts';
import { findClusterMembers } from './clusters.repository.ts';

export { MAP_HEIGHT, MAP_WIDTH } from './cluster-map.ts';

export function clusterMapPath(slug: string): string {
	return `/clusters/${slug}/map.svg`;
}

/**
 * The map of a cluster's member cities as an SVG document, titled in the reader's language.
 * Members without a city are left out of the map (the list by region names them all).
 */
export async function drawClusterMapFor(context: ReadContext, slug: string): Promise<string> {
	const { db, actor, locale } = context;
	if (!canReadClusters(actor)) throw forbidden();
	const cluster = await loadCluster(db, slug);
	const members = await findClusterMembers(db, [cluster.id], locale);
	const cities: MapCity[] = members.flatMap((member) =>
		member.city_name !== null && member.latitude !== null && member.longitude !== null
			? [
					{
						name: member.city_name,
						country: member.country_name ?? '',
						latitude: member.latitude,
						longitude: member.longitude
					}
				]
			: []
	);
	const t = translatorFor(locale);
	const count = countMapPlaces(cities);
	return drawClusterMap({
		cities,
		title: t('cluster.map.alt', { count, name: cluster.name }),
		description: t('cluster.map.description', { count }),
		landPath: landPathFor
	});
}
