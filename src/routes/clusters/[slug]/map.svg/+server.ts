import { drawClusterMapFor } from '#lib/server/clusters/cluster-map.service.ts';
import { clusterSlugOf, plainErrorResponse } from '#lib/server/clusters/clusters-form.http.ts';
import type { RequestHandler } from './$types';

/**
 * The map of a cluster's member cities. The page asks for it with `?lang=` so each language has
 * its own address, and shared caches may keep it an hour. Nothing in it runs or loads.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const svg = await drawClusterMapFor(locals, clusterSlugOf(params));
		return new Response(svg, {
			headers: {
				'content-type': 'image/svg+xml; charset=utf-8',
				'cache-control': 'public, max-age=3600',
				'content-security-policy': "default-src 'none'",
				vary: 'Accept-Language, Cookie'
			}
		});
	} catch (error) {
		return plainErrorResponse(error);
	}
};
