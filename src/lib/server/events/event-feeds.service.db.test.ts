import { expect, it } from 'vitest';
import { DEMO_SEEDED_AT } from '../../../../test/db-global-setup.ts';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { insertChunked } from '../db/bulk.ts';
import { visitor } from '../identity/actor.ts';
import { parseCalendar } from './event-calendar.testing.ts';
import {
	CALENDAR_MAX_EVENTS,
	eventCalendar,
	upcomingEventsCalendar
} from './event-feeds.service.ts';

const WEBINAR = 'promoting-sstc-covid-19-recovery-2022';
const origin = 'https://galaxy.example.org';

describeOnDialects('event calendar feeds', 'demo', (db) => {
	const context = () => ({ db: db(), actor: visitor, locale: 'en' });
	const feed = async (now: string, clusterSlug?: string) =>
		parseCalendar(
			await upcomingEventsCalendar(context(), { origin, clusterSlug, now: new Date(now) })
		);
	const slugs = (calendar: ReturnType<typeof parseCalendar>) =>
		calendar.events.map((event) => event.url.replace(`${origin}/events/`, ''));

	it('carries upcoming events and keeps those of the last 30 days, in UTC', async () => {
		const before = await feed('2022-10-01T00:00:00Z');
		expect(before.version).toBe('2.0');
		expect(slugs(before)).toContain(WEBINAR);
		const webinar = before.events.find((event) => event.url.endsWith(WEBINAR))!;
		expect(webinar).toMatchObject({
			start: '2022-10-18T13:00:00.000Z',
			end: '2022-10-18T15:00:00.000Z',
			utc: true,
			status: 'CONFIRMED',
			uid: `event-${WEBINAR}@galaxy.example.org`
		});
		expect(slugs(await feed('2022-11-15T00:00:00Z'))).toContain(WEBINAR);
		expect(slugs(await feed('2022-11-18T00:00:00Z'))).not.toContain(WEBINAR);
	});

	it('narrows to one cluster, names the calendar after it, and refuses an unknown cluster', async () => {
		const energy = await feed('2022-10-01T00:00:00Z', 'energy');
		expect(slugs(energy)).toContain(WEBINAR);
		expect(energy.name).toContain('Energy Cities Cluster');
		await expect(feed('2022-10-01T00:00:00Z', 'no-such-cluster')).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('keeps cancelled events as CANCELLED and holds at most 500 events, soonest first', async () => {
		const start = Date.parse('2100-01-01T10:00:00Z');
		const hour = 60 * 60 * 1000;
		await insertChunked(
			db(),
			'events',
			Array.from({ length: CALENDAR_MAX_EVENTS + 1 }, (_, index) => ({
				slug: `feed-test-${index}`,
				title: `Feed test ${index}`,
				kind: 'webinar' as const,
				summary: 'A test event.',
				description: '',
				starts_at: new Date(start + index * 24 * hour).toISOString(),
				ends_at: new Date(start + index * 24 * hour + hour).toISOString(),
				time_zone: 'UTC',
				online_url: null,
				venue: null,
				recording_url: null,
				announced_on: null,
				moderator_person_id: null,
				capacity: null,
				status: index === 0 ? ('cancelled' as const) : ('scheduled' as const),
				updated_at: '2099-06-01T00:00:00.000Z',
				created_by: null,
				outcome_summary: null
			}))
		);
		const calendar = await feed('2099-12-31T00:00:00Z');
		expect(calendar.events).toHaveLength(CALENDAR_MAX_EVENTS);
		expect(slugs(calendar)[0]).toBe('feed-test-0');
		expect(calendar.events[0]!.status).toBe('CANCELLED');
		expect(slugs(calendar)).not.toContain(`feed-test-${CALENDAR_MAX_EVENTS}`);
	});

	it('carries the upcoming demo events with where they happen', async () => {
		const now = DEMO_SEEDED_AT;
		const calendar = parseCalendar(await upcomingEventsCalendar(context(), { origin, now }));
		const bySlug = new Map(calendar.events.map((event) => [event.url.split('/').pop(), event]));
		expect(bySlug.get('financing-municipal-waste-services-peer-exchange')?.location).toMatch(
			/^https:\/\/meet\.example\.org\//
		);
		expect(bySlug.get('small-hydropower-rural-towns-workshop-kathmandu')?.location).toContain(
			'Kathmandu'
		);
		const waste = parseCalendar(
			await upcomingEventsCalendar(context(), { origin, now, clusterSlug: 'waste-management' })
		);
		expect(slugs(waste)).toEqual(['financing-municipal-waste-services-peer-exchange']);
	});

	it('gives one event as its own calendar, and not_found for an unknown event', async () => {
		const single = parseCalendar(await eventCalendar(context(), WEBINAR, origin));
		expect(single.events).toHaveLength(1);
		expect(single.events[0]).toMatchObject({
			summary: expect.stringContaining('Promoting SSTC'),
			url: `${origin}/events/${WEBINAR}`,
			start: '2022-10-18T13:00:00.000Z'
		});
		await expect(eventCalendar(context(), 'no-such-event', origin)).rejects.toMatchObject({
			code: 'not_found'
		});
	});
});
