import { apiCreateRoute, apiRoute } from '#lib/server/http/api.ts';
import { eventSlugOf, registrationContext } from '#lib/server/events/registrations.http.ts';
import { cancel, getRegistration, register } from '#lib/server/events/registrations.service.ts';
import type { RequestHandler } from './$types';

/** The caller's registration: `{"data":{"state":"none"|"registered"|"waitlisted","position"}}`. */
export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await getRegistration(locals, eventSlugOf(params))
}));

/**
 * Registers the caller (read-write token): 201 with the state and the registration's address in
 * `Location`; 409 when already registered or waitlisted, or when registration is closed.
 */
export const POST: RequestHandler = async (event) => {
	const response = await apiCreateRoute(async ({ locals, params }) => ({
		data: await register(registrationContext(locals), eventSlugOf(params))
	}))(event);
	if (response.status === 201) response.headers.set('location', event.url.pathname);
	return response;
};

/** Cancels the caller's registration; cancelling again changes nothing. */
export const DELETE: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await cancel(registrationContext(locals), eventSlugOf(params))
}));
