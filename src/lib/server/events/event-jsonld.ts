import { DateTime } from 'luxon';
import type { EventDetail, Speaker } from './events.presenter.ts';

/** What the structured data of an event page is made from (a subset of the page's EventDetail). */
export type EventJsonLdInput = Pick<
	EventDetail,
	| 'slug'
	| 'title'
	| 'kind'
	| 'summary'
	| 'startsAt'
	| 'endsAt'
	| 'timeZone'
	| 'status'
	| 'hosts'
	| 'languages'
	| 'onlineUrl'
	| 'venue'
	| 'recordingUrl'
	| 'moderator'
	| 'speakers'
	| 'knowledgeProducts'
>;

type JsonLd = Record<string, unknown>;

const SCHEMA = 'https://schema.org';

/**
 * An instant as ISO 8601 with the offset of the event's zone (`2022-10-18T09:00:00-04:00`), so
 * the structured data reads as the page does; UTC when the zone is unknown.
 */
export function isoInZone(instant: string, timeZone: string): string {
	const zoned = DateTime.fromISO(instant, { zone: timeZone });
	const value = zoned.isValid ? zoned : DateTime.fromISO(instant, { zone: 'UTC' });
	return value.toISO({ suppressMilliseconds: true }) ?? instant;
}

/** Online when there is a link (or, with no venue, for a webinar), offline at a venue, or both. */
export function attendanceMode(
	event: Pick<EventJsonLdInput, 'onlineUrl' | 'venue' | 'kind'>
): 'online' | 'offline' | 'mixed' | null {
	const online = event.onlineUrl !== null || (event.venue === null && event.kind === 'webinar');
	if (online && event.venue !== null) return 'mixed';
	if (online) return 'online';
	return event.venue !== null ? 'offline' : null;
}

const ATTENDANCE = {
	online: `${SCHEMA}/OnlineEventAttendanceMode`,
	offline: `${SCHEMA}/OfflineEventAttendanceMode`,
	mixed: `${SCHEMA}/MixedEventAttendanceMode`
} as const;

function person(speaker: Speaker, origin: string): JsonLd {
	const organization = speaker.organization
		? {
				'@type': 'Organization',
				name: speaker.organization.name,
				url: `${origin}/partners/${speaker.organization.slug}`
			}
		: speaker.affiliation
			? { '@type': 'Organization', name: speaker.affiliation }
			: undefined;
	return {
		'@type': 'Person',
		name: speaker.name,
		...(speaker.honorific ? { honorificPrefix: speaker.honorific } : {}),
		...(speaker.title ? { jobTitle: speaker.title } : {}),
		...(organization ? { worksFor: organization, affiliation: organization } : {})
	};
}

/** One value as itself, several as a list, none left out. */
const oneOrMany = <T>(values: T[]): T | T[] | undefined =>
	values.length === 0 ? undefined : values.length === 1 ? values[0] : values;

/**
 * The schema.org `Event` of an event page, for JsonLd.svelte. Links are absolute on `origin`.
 * The online location names the event page, never the meeting link itself: that link may be
 * meant for registered people only, and the page is where readers find it. The moderator and
 * the agenda's speakers are the performers, each once.
 * @example <JsonLd data={eventJsonLd(data.event, data.origin)} />
 */
export function eventJsonLd(event: EventJsonLdInput, origin: string): JsonLd {
	const url = `${origin}/events/${event.slug}`;
	const mode = attendanceMode(event);
	const locations: JsonLd[] = [];
	if (mode === 'online' || mode === 'mixed') locations.push({ '@type': 'VirtualLocation', url });
	if (event.venue !== null) {
		locations.push({ '@type': 'Place', name: event.venue, address: event.venue });
	}
	const performers = new Map<string, Speaker>();
	for (const speaker of [...(event.moderator ? [event.moderator] : []), ...event.speakers]) {
		performers.set(speaker.slug, speaker);
	}
	const data: JsonLd = {
		'@context': SCHEMA,
		'@type': 'Event',
		name: event.title,
		description: event.summary,
		url,
		startDate: isoInZone(event.startsAt, event.timeZone),
		endDate: isoInZone(event.endsAt, event.timeZone),
		eventStatus: `${SCHEMA}/${event.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
		eventAttendanceMode: mode ? ATTENDANCE[mode] : undefined,
		location: oneOrMany(locations),
		organizer: oneOrMany(
			event.hosts.map((host) => ({
				'@type': 'Organization',
				name: host.name,
				...(host.shortName ? { alternateName: host.shortName } : {}),
				url: `${origin}/partners/${host.slug}`
			}))
		),
		performer: oneOrMany([...performers.values()].map((speaker) => person(speaker, origin))),
		inLanguage: oneOrMany(event.languages),
		recordedIn: event.recordingUrl
			? { '@type': 'VideoObject', name: event.title, url: event.recordingUrl }
			: undefined,
		subjectOf: oneOrMany(
			event.knowledgeProducts.map((product) => ({
				'@type': product.kind === 'video' ? 'VideoObject' : 'CreativeWork',
				name: product.title,
				url: `${origin}/knowledge/${product.slug}`
			}))
		)
	};
	// JSON.stringify drops undefined values; removing them here keeps tests and output equal.
	return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}
