import type { ReadContext } from '../context.ts';
import { toPaging } from '../db/paging.ts';
import { forbidden, notFound } from '../http/errors.ts';
import type { Page } from '../http/query.ts';
import { canReadEvents } from './events.policy.ts';
import {
	presentEventCard,
	presentEventDetail,
	type EventCard,
	type EventDetail
} from './events.presenter.ts';
import {
	findEventBySlug,
	findEvents,
	loadEventDetail,
	loadEventHosts
} from './events.repository.ts';
import type { EventListQuery } from './events.schema.ts';

/**
 * Upcoming (not yet ended) or past events. `now` is a parameter so that tests fix the clock.
 */
export async function listEvents(
	{ db, actor }: ReadContext,
	query: EventListQuery,
	now: Date = new Date()
): Promise<Page<EventCard>> {
	if (!canReadEvents(actor)) throw forbidden();
	const { rows, total } = await findEvents(
		db,
		{
			when: query.when,
			now: now.toISOString(),
			kind: query.kind,
			clusterSlug: query.cluster,
			language: query.language
		},
		toPaging(query.page, query.pageSize)
	);
	const hosts = await loadEventHosts(
		db,
		rows.map((row) => row.id)
	);
	return {
		data: rows.map((row) => presentEventCard(row, hosts)),
		page: query.page,
		pageSize: query.pageSize,
		total
	};
}

export async function getEvent({ db, actor }: ReadContext, slug: string): Promise<EventDetail> {
	if (!canReadEvents(actor)) throw forbidden();
	const row = await findEventBySlug(db, slug);
	if (!row) throw notFound('event');
	return presentEventDetail(row, await loadEventDetail(db, row));
}
