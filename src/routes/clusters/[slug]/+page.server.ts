import { z } from 'zod';
import { createTranslator } from '#lib/i18n/translator.ts';
import { ENGLISH, MESSAGES } from '#lib/i18n/messages.ts';
import { getClusterPage } from '#lib/server/clusters/clusters.service.ts';
import { pageSchema, parseInput, parseQuery } from '#lib/server/http/query.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { page } = parseQuery(z.object({ page: pageSchema }), url.searchParams);
	const t = createTranslator(locals.locale, MESSAGES[locals.locale] ?? {}, ENGLISH);
	return {
		search: url.search,
		...(await getClusterPage(
			locals,
			parseInput(slugSchema, params.slug),
			page,
			t('cluster.global')
		))
	};
};
