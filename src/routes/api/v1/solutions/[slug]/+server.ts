import { apiRoute } from '#lib/server/http/api.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import { getSolution } from '#lib/server/solutions/solutions.service.ts';
import type { RequestHandler } from './$types';

/**
 * One solution in the caller's language (`?lang=fr` or Accept-Language): its translation when
 * there is one, else the original. `translations` links every language it can be read in;
 * `attachments[].url` is where each file is served.
 */
export const GET: RequestHandler = apiRoute(async ({ locals, params }) => {
	const slug = parseInput(slugSchema, params.slug);
	const solution = await getSolution(locals, slug);
	return {
		data: {
			...solution,
			translations: solution.availableLanguages.map((language) => ({
				language,
				original: language === solution.originalLanguage,
				href: `/api/v1/solutions/${slug}?lang=${language}`
			}))
		}
	};
});
