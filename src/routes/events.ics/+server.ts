import { readConfig } from '#lib/server/config/config.ts';
import { calendarResponse } from '#lib/server/events/event-calendar.http.ts';
import { upcomingEventsCalendar } from '#lib/server/events/event-feeds.service.ts';
import type { RequestHandler } from './$types';

/** The calendar feed of upcoming events (and the last 30 days), for calendar subscriptions. */
export const GET: RequestHandler = async ({ locals, request }) => {
	const ics = await upcomingEventsCalendar(locals, { origin: readConfig().origin });
	return calendarResponse(request, ics, { filename: 'events.ics', download: false });
};
