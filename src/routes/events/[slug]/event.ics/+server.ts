import { plainErrorResponse } from '#lib/server/clusters/clusters-form.http.ts';
import { readConfig } from '#lib/server/config/config.ts';
import { calendarResponse } from '#lib/server/events/event-calendar.http.ts';
import { eventCalendar } from '#lib/server/events/event-feeds.service.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { RequestHandler } from './$types';

/** One event as an .ics download ("add to calendar"); 404 as plain text for an unknown event. */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	try {
		const slug = parseInput(slugSchema, params.slug);
		const ics = await eventCalendar(locals, slug, readConfig().origin);
		return calendarResponse(request, ics, { filename: `${slug}.ics`, download: true });
	} catch (error) {
		return plainErrorResponse(error);
	}
};
