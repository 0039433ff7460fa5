import { getEventPage } from '#lib/server/events/event-page.service.ts';
import { registrationNoticeOf } from '#lib/server/events/registrations.http.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { mailingContext } from '#lib/server/runtime.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...(await getEventPage(locals, parseInput(slugSchema, params.slug), {
		origin: mailingContext(locals).origin
	})),
	readerTimeZone: locals.timeZone,
	signedIn: Boolean(locals.user),
	saved: url.searchParams.has('saved'),
	registrationNotice: registrationNoticeOf(url)
});
