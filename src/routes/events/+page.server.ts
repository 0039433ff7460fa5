import { readConfig } from '#lib/server/config/config.ts';
import { eventFilterChoices } from '#lib/server/events/event-filters.service.ts';
import { eventListQuerySchema, type EventListQuery } from '#lib/server/events/events.schema.ts';
import { mayCreateEvents } from '#lib/server/events/event-editor.service.ts';
import { listEvents } from '#lib/server/events/events.service.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseQuery(eventListQuerySchema, url.searchParams);
	const [events, filters] = await Promise.all([
		listEvents(locals, query),
		eventFilterChoices(locals)
	]);
	const cluster = filters.clusters.find((choice) => choice.slug === query.cluster);
	return {
		query,
		search: url.search,
		...events,
		filters,
		tabs: { upcoming: tabHref('upcoming', query), past: tabHref('past', query) },
		calendar: calendarLinks(cluster?.slug),
		canCreate: await mayCreateEvents(locals)
	};
};

/** A tab keeps the filters chosen: only "upcoming or past" changes. */
function tabHref(when: EventListQuery['when'], query: EventListQuery): string {
	const params = new URLSearchParams();
	if (when === 'past') params.set('when', 'past');
	for (const name of ['cluster', 'kind', 'language'] as const) {
		const value = query[name];
		if (value) params.set(name, value);
	}
	const search = params.toString();
	return search ? `/events?${search}` : '/events';
}

/**
 * The calendar feed to subscribe to: the chosen cluster's (when it has events), or all events. `webcal:` opens the
 * reader's calendar application directly.
 */
function calendarLinks(cluster: string | undefined) {
	const path = cluster ? `/clusters/${cluster}/events.ics` : '/events.ics';
	return { path, webcal: `webcal://${new URL(readConfig().origin).host}${path}` };
}
