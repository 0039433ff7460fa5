import type { ReadContext } from '../context.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { eventJsonLd } from './event-jsonld.ts';
import { eventOutcomesOf } from './event-outcomes.service.ts';
import { canReadEvents, mayManageEvent } from './events.policy.ts';
import { presentEventDetail } from './events.presenter.ts';
import { findEventBySlug, loadEventDetail } from './events.repository.ts';
import { registrationPanelOf } from './registrations.service.ts';

/**
 * Everything the event page shows: the event and its agenda, places and the reader's
 * registration (while it has not ended), recordings, summary and documents, the structured
 * data, and whether the reader runs the event (its tools). The event is read once and handed to
 * each part. `origin` makes the JSON-LD's URLs.
 */
export async function getEventPage(
	context: ReadContext,
	slug: string,
	{ origin, now = new Date() }: { origin: string; now?: Date }
) {
	const { db, actor } = context;
	if (!canReadEvents(actor)) throw forbidden();
	const row = await findEventBySlug(db, slug);
	if (!row) throw notFound('event');
	const ended = row.ends_at < now.toISOString();
	const [detail, outcomes, registration, canManage] = await Promise.all([
		loadEventDetail(db, row),
		eventOutcomesOf(db, row),
		ended ? Promise.resolve(null) : registrationPanelOf(db, actor, row, now),
		mayManageEvent(db, actor, row.id)
	]);
	const event = presentEventDetail(row, detail);
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
