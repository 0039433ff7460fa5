import { brokeringContext, checkedNeedInput } from '#lib/server/brokering/brokering-form.http.ts';
import { readJsonObject, apiCreateRoute, apiRoute } from '#lib/server/http/api.ts';
import { createNeed, getNeed, listNeeds } from '#lib/server/brokering/needs.service.ts';
import type { RequestHandler } from './$types';

/**
 * The needs the caller may see, newest first:
 * `?q=&sector=&sdg=&country=&support=&status=open|matched|closed&organization=&page=`.
 */
export const GET: RequestHandler = apiRoute(({ locals, url }) =>
	listNeeds(locals, Object.fromEntries([...url.searchParams].filter(([, value]) => value !== '')))
);

/**
 * Posts a need for one of the caller's organizations (a read-write token; 201 with the need):
 * `{"organization","title","description","tried","language","supportTypes":[],"sdgs":[],
 * "targets":[],"sectors":[],"country","city","timeframe","languages":[],"visibility"}`.
 */
export const POST: RequestHandler = apiCreateRoute(async ({ locals, request }) => {
	const input = checkedNeedInput(await readJsonObject(request));
	const { id } = await createNeed(brokeringContext(locals), input);
	return { data: await getNeed(locals, id) };
});
