import { z } from 'zod';
import { createTranslator } from '#lib/i18n/translator.ts';
import { ENGLISH, MESSAGES } from '#lib/i18n/messages.ts';
import { clusterFeedPath } from '#lib/server/clusters/cluster-feed.service.ts';
import { clusterMapPath, MAP_HEIGHT, MAP_WIDTH } from '#lib/server/clusters/cluster-map.service.ts';
import { getClusterPage } from '#lib/server/clusters/clusters.service.ts';
import {
	clusterNotice,
	clusterPageActions,
	clusterSlugOf
} from '#lib/server/clusters/clusters-form.http.ts';
import { pageSchema, parseQuery } from '#lib/server/http/query.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { page } = parseQuery(z.object({ page: pageSchema }), url.searchParams);
	const slug = clusterSlugOf(params);
	const t = createTranslator(locals.locale, MESSAGES[locals.locale] ?? {}, ENGLISH);
	return {
		search: url.search,
		notice: clusterNotice(url),
		feedPath: clusterFeedPath(slug),
		map: {
			src: `${clusterMapPath(slug)}?lang=${locals.locale}`,
			width: MAP_WIDTH,
			height: MAP_HEIGHT
		},
		...(await getClusterPage(locals, slug, page, t('cluster.global')))
	};
};

/** Leaving a cluster (or withdrawing a request), for an organization's editors and curators. */
export const actions: Actions = clusterPageActions;
