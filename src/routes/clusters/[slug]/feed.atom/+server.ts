import { buildClusterFeed } from '#lib/server/clusters/cluster-feed.service.ts';
import { clusterSlugOf, plainErrorResponse } from '#lib/server/clusters/clusters-form.http.ts';
import { readConfig } from '#lib/server/config/config.ts';
import type { RequestHandler } from './$types';

/** A cluster's recent activity as an Atom feed, with absolute links on the configured origin. */
export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const xml = await buildClusterFeed(
			{ ...locals, origin: readConfig().origin },
			clusterSlugOf(params)
		);
		return new Response(xml, {
			headers: {
				'content-type': 'application/atom+xml; charset=utf-8',
				'cache-control': 'public, max-age=600',
				vary: 'Accept-Language, Cookie'
			}
		});
	} catch (error) {
		return plainErrorResponse(error);
	}
};
