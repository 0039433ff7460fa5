import { plainErrorResponse } from '#lib/server/clusters/clusters-form.http.ts';
import { attendeesCsv, attendeesFileName } from '#lib/server/events/attendees-csv.ts';
import { eventSlugOf } from '#lib/server/events/registrations.http.ts';
import { exportAttendees } from '#lib/server/events/registrations.service.ts';
import { translatorFor } from '#lib/server/solutions/solution-messages.ts';
import type { RequestHandler } from './$types';

/**
 * The attendee list as a CSV download, for the event's organizers and curators (401 signed out,
 * 403 for others). Each export is written to the audit log.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const slug = eventSlugOf(params);
		const list = await exportAttendees(locals, slug);
		return new Response(attendeesCsv(list, translatorFor(locals.locale)), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${attendeesFileName(slug)}"`,
				'x-content-type-options': 'nosniff',
				'cache-control': 'private, no-store'
			}
		});
	} catch (error) {
		return plainErrorResponse(error);
	}
};
