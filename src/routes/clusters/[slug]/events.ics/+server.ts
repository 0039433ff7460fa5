import { clusterSlugOf, plainErrorResponse } from '#lib/server/clusters/clusters-form.http.ts';
import { readConfig } from '#lib/server/config/config.ts';
import { calendarResponse } from '#lib/server/events/event-calendar.http.ts';
import { upcomingEventsCalendar } from '#lib/server/events/event-feeds.service.ts';
import type { RequestHandler } from './$types';

/** The calendar feed of a cluster's upcoming events; 404 as plain text for an unknown cluster. */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	try {
		const clusterSlug = clusterSlugOf(params);
		const ics = await upcomingEventsCalendar(locals, { clusterSlug, origin: readConfig().origin });
		return calendarResponse(request, ics, {
			filename: `${clusterSlug}-events.ics`,
			download: false
		});
	} catch (error) {
		return plainErrorResponse(error);
	}
};
