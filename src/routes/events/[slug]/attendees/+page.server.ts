import { redirect } from '@sveltejs/kit';
import { eventSlugOf } from '#lib/server/events/registrations.http.ts';
import { getAttendees } from '#lib/server/events/registrations.service.ts';
import type { PageServerLoad } from './$types';

/** Who registered, who waits and who cancelled: for the event's organizers and curators. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return { attendees: await getAttendees(locals, eventSlugOf(params)) };
};
