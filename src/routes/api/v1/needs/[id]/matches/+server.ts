import { needIdOf } from '#lib/server/brokering/brokering-form.http.ts';
import { getNeedMatches } from '#lib/server/brokering/need-matches.service.ts';
import { apiRoute } from '#lib/server/http/api.ts';
import type { RequestHandler } from './$types';

/**
 * The need's ranked matches, `{"data":{"solutions":[],"providers":[],"peerCities":[]}}`, each with
 * its score (0–100), reasons, explanation, whether it was set aside and its connection. The need's
 * people and curators (403 for other readers).
 */
export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await getNeedMatches(locals, needIdOf(params))
}));
