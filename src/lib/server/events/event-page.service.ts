import type { ReadContext } from '../context.ts';
import { notFound } from '../http/errors.ts';
import { eventJsonLd } from './event-jsonld.ts';
import { getEventOutcomes } from './event-outcomes.service.ts';
import { mayManageEvent } from './events.policy.ts';
import { findEventBySlug } from './events.repository.ts';
import { getEvent } from './events.service.ts';
import { getRegistrationPanel } from './registrations.service.ts';

/**
 * Everything the event page shows: the event and its agenda, places and the reader's
 * registration (while it has not ended), recordings, summary and documents, the structured
 * data, and whether the reader runs the event (its tools). `origin` makes the JSON-LD's URLs.
 */
export async function getEventPage(
	context: ReadContext,
	slug: string,
	{ origin, now = new Date() }: { origin: string; now?: Date }
) {
	const row = await findEventBySlug(context.db, slug);
	if (!row) throw notFound('event');
	const ended = row.ends_at < now.toISOString();
	const [event, outcomes, registration, canManage] = await Promise.all([
		getEvent(context, slug),
		getEventOutcomes(context, slug),
		ended ? Promise.resolve(null) : getRegistrationPanel(context, slug, { now }),
		mayManageEvent(context.db, context.actor, row.id)
	]);
	// The meeting link is for the people registered and the organizers: others see that the
	// event is online, and get the link by email when they register.
	const showMeetingLink = canManage || registration?.state === 'registered';
	return {
		event: showMeetingLink ? event : { ...event, onlineUrl: null },
		online: event.onlineUrl !== null,
		ended,
		outcomes,
		registration,
		canManage,
		jsonLd: eventJsonLd(event, origin)
	};
}

export type EventPage = Awaited<ReturnType<typeof getEventPage>>;
