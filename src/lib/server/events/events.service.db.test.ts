import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { visitor } from '../identity/actor.ts';
import { getEvent, listEvents } from './events.service.ts';

const WEBINAR = 'promoting-sstc-covid-19-recovery-2022';
const page = { page: 1, pageSize: 20 } as const;

describeOnDialects('events', 'demo', (db) => {
	const context = () => ({ db: db(), actor: visitor, locale: 'en' });

	it('counts an event as upcoming until it has ended, then as past', async () => {
		const during = new Date('2022-10-18T14:00:00Z');
		const after = new Date('2022-10-18T15:30:00Z');
		const upcoming = await listEvents(context(), { when: 'upcoming', ...page }, during);
		expect(upcoming.data.map((event) => event.slug)).toContain(WEBINAR);
		const past = await listEvents(context(), { when: 'past', ...page }, after);
		expect(past.data.map((event) => event.slug)).toContain(WEBINAR);
		const later = await listEvents(context(), { when: 'upcoming', ...page }, after);
		expect(later.data.map((event) => event.slug)).not.toContain(WEBINAR);
	});

	it('filters by kind, cluster and language', async () => {
		// Before the upcoming demo events (upcoming-events.data.ts): the seed webinar alone is past.
		const now = new Date('2023-01-01T00:00:00Z');
		const past = (extra: object) => listEvents(context(), { when: 'past', ...page, ...extra }, now);
		expect((await past({ kind: 'webinar' })).total).toBe(1);
		expect((await past({ kind: 'workshop' })).total).toBe(0);
		expect((await past({ cluster: 'energy' })).total).toBe(1);
		expect((await past({ cluster: 'no-such-cluster' })).total).toBe(0);
		expect((await past({ language: 'en' })).total).toBe(1);
		expect((await past({ language: 'fr' })).total).toBe(0);
	});

	it('stores the time in UTC with the event time zone', async () => {
		const event = await getEvent(context(), WEBINAR);
		expect(event.startsAt).toMatch(/Z$/);
		expect(event.timeZone).toBe('America/New_York');
		expect(new Date(event.endsAt).getTime()).toBeGreaterThan(new Date(event.startsAt).getTime());
	});

	it('links agenda items to projects and knowledge products', async () => {
		const event = await getEvent(context(), WEBINAR);
		const videos = event.agenda[1]!.children;
		expect(videos.every((item) => item.knowledgeProduct?.kind === 'video')).toBe(true);
		const launched = event.agenda[4]!.children[0]!.children;
		expect(launched.every((item) => item.project !== null)).toBe(true);
	});

	it('answers not_found for an unknown event', async () => {
		await expect(getEvent(context(), 'no-such-event')).rejects.toMatchObject({ code: 'not_found' });
	});
});
