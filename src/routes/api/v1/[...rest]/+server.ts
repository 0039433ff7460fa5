import { apiRoute } from '#lib/server/http/api.ts';
import { notFound } from '#lib/server/http/errors.ts';
import type { RequestHandler } from './$types';

/** Unknown API addresses answer in the API's error shape, not with an HTML page. */
export const fallback: RequestHandler = apiRoute(async () => {
	throw notFound('API endpoint');
});
