import { everyone, nobody, signedIn, staff, type MatrixEntry } from './roles.ts';

const WEBINAR = '/events/promoting-sstc-covid-19-recovery-2022';
const KNOWLEDGE = '/knowledge/south-south-cities-clusters';

/**
 * Events and knowledge products: creating and running events, registration, recordings and
 * documents, calendars, and publishing. The seed webinar is hosted by UNOSSC and CICETE, so the
 * test editor (Koidu's council) does not run it: 403 like a member.
 */
export const EVENT_ROUTES: Record<string, MatrixEntry> = {
	// Signed-in people who edit no organization are told how to become an editor (the member
	// test account may be an editor by then: another journey appoints it).
	'/events/new': signedIn('/events/new'),
	'/events/[slug]/edit': staff(`${WEBINAR}/edit`),
	'/events/[slug]/attendees': staff(`${WEBINAR}/attendees`),
	// A download: the API-like answer for visitors is 401, not a sign-in page.
	'/events/[slug]/attendees.csv': {
		...staff(`${WEBINAR}/attendees.csv`),
		visitor: 401
	},
	'/events/[slug]/outcomes': staff(`${WEBINAR}/outcomes`),
	// The webinar is over: signed-in people see that registration is closed.
	'/events/[slug]/registration': signedIn(`${WEBINAR}/registration`),
	'/events/[slug]/registration/cancel': nobody(`${WEBINAR}/registration/cancel?token=unknown`),
	'/events/[slug]/event.ics': everyone(`${WEBINAR}/event.ics`),
	'/events/[slug]/recordings/[id]/still': nobody(`${WEBINAR}/recordings/999999/still`),
	'/events/[slug]/documents/[id]': nobody(`${WEBINAR}/documents/999999`),
	'/events.ics': everyone('/events.ics'),
	'/clusters/[slug]/events.ics': everyone('/clusters/waste-management/events.ics'),
	'/preferences/time-zone': everyone('/preferences/time-zone'),
	'/knowledge/new': signedIn('/knowledge/new'),
	'/knowledge/[slug]/edit': staff(`${KNOWLEDGE}/edit`),
	// Demo knowledge products are links and videos: no file, no cover.
	'/knowledge/[slug]/file': nobody(`${KNOWLEDGE}/file`),
	'/knowledge/[slug]/cover': nobody(`${KNOWLEDGE}/cover`),
	'/api/v1/events/[slug]/registration': {
		...signedIn(`/api/v1${WEBINAR}/registration`),
		visitor: 401
	},
	'/api/v1/events/[slug]/attendees': { ...staff(`/api/v1${WEBINAR}/attendees`), visitor: 401 },
	'/api/v1/events/[slug]/recordings': everyone(`/api/v1${WEBINAR}/recordings`)
};
