import type { ReadContext } from '../context.ts';
import { loadCluster } from '../clusters/cluster-access.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import { buildEventCalendar, type CalendarEvent } from './event-calendar.ts';
import { canReadEvents } from './events.policy.ts';
import { findCalendarEvents, findEventBySlug, type CalendarEventRow } from './events.repository.ts';

/**
 * How long an ended event stays in a feed. Calendar apps replace a subscribed calendar with each
 * refresh: an event missing from the feed disappears from the reader's calendar, so events of the
 * last month stay, and people can still look back at what they attended.
 */
export const CALENDAR_PAST_DAYS = 30;

/** The most events a feed holds (soonest first), so a feed never grows without bound. */
export const CALENDAR_MAX_EVENTS = 500;

/** How often subscribed calendars should refresh a feed. */
const FEED_TTL_SECONDS = 60 * 60;

const DAY_MS = 24 * 60 * 60 * 1000;

function calendarEvent(row: CalendarEventRow): CalendarEvent {
	return {
		slug: row.slug,
		title: row.title,
		summary: row.summary,
		startsAt: row.starts_at,
		endsAt: row.ends_at,
		timeZone: row.time_zone,
		status: row.status,
		onlineUrl: row.online_url,
		venue: row.venue,
		updatedAt: row.updated_at
	};
}

/**
 * The iCalendar feed of upcoming events (not yet ended), with those of the last 30 days, of the
 * whole platform or of one cluster (`not_found` for an unknown cluster). Calendar and entry links
 * are absolute on `origin`. `now` is a parameter so that tests fix the clock.
 * @example const ics = await upcomingEventsCalendar(locals, { clusterSlug: 'energy', origin })
 */
export async function upcomingEventsCalendar(
	context: ReadContext,
	options: { clusterSlug?: string; origin: string; now?: Date }
): Promise<string> {
	const { db, actor, locale } = context;
	if (!canReadEvents(actor)) throw forbidden();
	const t = translatorFor(locale);
	const cluster = options.clusterSlug ? await loadCluster(db, options.clusterSlug) : null;
	const now = options.now ?? new Date();
	const rows = await findCalendarEvents(db, {
		endsFrom: new Date(now.getTime() - CALENDAR_PAST_DAYS * DAY_MS).toISOString(),
		clusterId: cluster?.id,
		limit: CALENDAR_MAX_EVENTS
	});
	return buildEventCalendar(rows.map(calendarEvent), {
		origin: options.origin,
		name: cluster ? t('calendar.clusterName', { name: cluster.name }) : t('calendar.name'),
		ttlSeconds: FEED_TTL_SECONDS
	});
}

/** One event as an .ics file, to add to a calendar (`not_found` for an unknown event). */
export async function eventCalendar(
	context: ReadContext,
	slug: string,
	origin: string
): Promise<string> {
	const { db, actor } = context;
	if (!canReadEvents(actor)) throw forbidden();
	const row = await findEventBySlug(db, slug);
	if (!row) throw notFound('event');
	return buildEventCalendar([calendarEvent(row)], { origin, name: row.title });
}
