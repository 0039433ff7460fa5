import type { ReadContext } from '../context.ts';
import { forbidden } from '../http/errors.ts';
import { EVENT_KINDS, type EventKind } from '../../vocabulary/event-kinds.ts';
import { canReadEvents } from './events.policy.ts';
import { findEventFilterChoices } from './events.repository.ts';

export interface EventFilterChoices {
	clusters: { slug: string; name: string }[];
	kinds: readonly EventKind[];
	/** Language codes some event is held in, sorted. */
	languages: string[];
}

/**
 * The choices of the events list's filters: only clusters and languages some event has, so no
 * choice leads to an empty list for want of any event at all; every kind of event.
 */
export async function eventFilterChoices({ db, actor }: ReadContext): Promise<EventFilterChoices> {
	if (!canReadEvents(actor)) throw forbidden();
	const { clusters, languages } = await findEventFilterChoices(db);
	return { clusters, kinds: EVENT_KINDS, languages };
}
