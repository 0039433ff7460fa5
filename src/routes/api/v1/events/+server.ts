import { eventListQuerySchema } from '#lib/server/events/events.schema.ts';
import { listEvents } from '#lib/server/events/events.service.ts';
import { apiRoute } from '#lib/server/http/api.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, url }) =>
	listEvents(locals, parseQuery(eventListQuerySchema, url.searchParams))
);
