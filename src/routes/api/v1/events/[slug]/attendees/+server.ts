import { apiRoute } from '#lib/server/http/api.ts';
import { eventSlugOf } from '#lib/server/events/registrations.http.ts';
import { getAttendees } from '#lib/server/events/registrations.service.ts';
import type { RequestHandler } from './$types';

/** Counts and lists of the registered, waitlisted and cancelled: organizers and curators. */
export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await getAttendees(locals, eventSlugOf(params))
}));
