import { describe, expect, it } from 'vitest';
import type { DemoAgendaItem } from './demo.types.ts';
import { demoClusters } from './clusters.data.ts';
import { demoOrganizations } from './organizations.data.ts';
import { demoPeople } from './people.data.ts';
import { upcomingDemoEvents } from './upcoming-events.data.ts';

const now = new Date('2026-11-29T20:00:00Z');
const events = upcomingDemoEvents(now);

const speakersOf = (items: DemoAgendaItem[]): string[] =>
	items.flatMap((item) => [...(item.speakers ?? []), ...speakersOf(item.children ?? [])]);

describe('upcomingDemoEvents', () => {
	it('gives three events after the seeding time, in three time zones, of three kinds', () => {
		expect(events).toHaveLength(3);
		for (const event of events) {
			expect(Date.parse(event.startsAt)).toBeGreaterThan(now.getTime());
			expect(Date.parse(event.endsAt)).toBeGreaterThan(Date.parse(event.startsAt));
		}
		expect(new Set(events.map((event) => event.timeZone)).size).toBe(3);
		expect(events.map((event) => event.kind)).toEqual(['webinar', 'workshop', 'training']);
		expect(new Set(events.map((event) => event.slug)).size).toBe(3);
	});

	it('sets local wall-clock hours in the event zone, with its offset', () => {
		const [webinar, workshop] = events;
		expect(webinar!.startsAt).toBe('2026-12-20T10:00:00-03:00');
		expect(workshop!.startsAt).toMatch(/T09:00:00\+05:45$/);
	});

	it('is online, at a venue, or both, with capacities', () => {
		const [webinar, workshop, training] = events;
		expect(webinar!.capacity).toBe(40);
		expect(webinar!.venue).toBeUndefined();
		expect(webinar!.onlineUrl).toMatch(/^https:\/\/meet\.example\.org\//);
		expect(workshop!.capacity).toBe(30);
		expect(workshop!.onlineUrl).toBeUndefined();
		expect(workshop!.venue).toContain('Kathmandu');
		expect(training!.onlineUrl && training!.venue).toBeTruthy();
	});

	it('names only partners, people and clusters of the demo, and no project or product', () => {
		const organizations = new Set(demoOrganizations.map((organization) => organization.slug));
		const people = new Set(demoPeople.map((person) => person.slug));
		const clusters = new Set(demoClusters.map((cluster) => cluster.slug));
		for (const event of events) {
			expect(event.hosts.every((host) => organizations.has(host.organization))).toBe(true);
			expect(people.has(event.moderator)).toBe(true);
			expect(speakersOf(event.agenda).every((slug) => people.has(slug))).toBe(true);
			expect(event.clusters.every((slug) => clusters.has(slug))).toBe(true);
			expect(JSON.stringify(event.agenda)).not.toMatch(/"(project|knowledgeProduct)"/);
		}
	});
});
