import { createEvent } from '#lib/server/events/event-editor.service.ts';
import { eventListQuerySchema } from '#lib/server/events/events.schema.ts';
import { getEvent, listEvents } from '#lib/server/events/events.service.ts';
import { apiCreateRoute, apiRoute, readJsonObject } from '#lib/server/http/api.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, url }) =>
	listEvents(locals, parseQuery(eventListQuerySchema, url.searchParams))
);

const create = apiCreateRoute(async ({ locals, request }) => {
	const slug = await createEvent(locals, await readJsonObject(request));
	return { data: await getEvent(locals, slug) };
});

/**
 * Creates an event (a read-write token of a curator or an organization editor; 201 with the
 * event and its address in Location). The body is the event form as JSON: `{"title","kind",
 * "summary","description","objectives":[],"starts":"2026-03-08T09:30","ends","timeZone",
 * "onlineUrl","venue","capacity","organizers":[],"coHosts":[],"moderator":"Name; title; org",
 * "languages":[],"interpreted":[],"clusters":[],"projects":[],"agenda":[{"level":1,"title",
 * "kind":"section","speakers":["Name; title; org"],"link":"project:slug"}]}`.
 */
export const POST: RequestHandler = async (event) => {
	const response = await create(event);
	if (response.status !== 201) return response;
	const body = (await response.clone().json()) as { data: { slug: string } };
	response.headers.set('location', `/api/v1/events/${body.data.slug}`);
	return response;
};
