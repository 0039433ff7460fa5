import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { parseInput, parseQuery } from '#lib/server/http/query.ts';
import { translationLanguageSchema } from '#lib/server/solutions/solution-translations.schema.ts';
import { getTranslationOverview } from '#lib/server/solutions/solution-translations.service.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { PageServerLoad } from './$types';

/** After saving or deleting, the form sends the translator back here with what happened. */
const noticeSchema = z.object({
	saved: translationLanguageSchema.optional().catch(undefined),
	deleted: translationLanguageSchema.optional().catch(undefined)
});

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return {
		overview: await getTranslationOverview(locals, parseInput(slugSchema, params.slug)),
		notice: parseQuery(noticeSchema, url.searchParams)
	};
};
