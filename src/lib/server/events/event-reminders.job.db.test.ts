import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { createTestQueue } from '../jobs/testing.ts';
import type { OutgoingMail } from '../mail/mail.schema.ts';
import { eventReminders, sendEventReminders } from './event-reminders.job.ts';
import { ORIGIN, event, member, registrationWorld } from './registrations.fixtures.ts';
import { cancel, register } from './registrations.service.ts';

const REGISTERED_ON = { now: new Date('2026-05-01T10:00:00.000Z') };
/** A run 20 hours before the events that start at 2026-06-01T13:00Z. */
const RUN_AT = new Date('2026-05-31T17:00:00.000Z');

describeOnDialects('event reminders', 'empty', (db) => {
	const { context } = registrationWorld(db);

	function run(at: Date, queue = createTestQueue()) {
		return {
			queue,
			sent: sendEventReminders({ db: db(), queue, now: () => at, origin: ORIGIN }),
			emails: () =>
				queue
					.pending()
					.filter((job) => job.name === 'mail.send')
					.map((job) => job.payload as OutgoingMail)
		};
	}

	it('reminds each registered person once, the day before, and nobody else', async () => {
		const soon = await event(db(), { capacity: 2, startsAt: '2026-06-01T13:00:00.000Z' });
		const far = await event(db(), { startsAt: '2026-06-03T13:00:00.000Z' });
		const called = await event(db(), {
			startsAt: '2026-06-01T12:00:00.000Z',
			status: 'scheduled'
		});
		const people = [];
		for (const name of ['Ana', 'Lin', 'Kofi', 'Maya']) people.push(await member(db(), name));
		const [ana, lin, kofi, maya] = people;
		await register(context(ana!), soon.slug, REGISTERED_ON);
		await register(context(lin!), soon.slug, REGISTERED_ON);
		await register(context(kofi!), soon.slug, REGISTERED_ON); // waitlisted
		await register(context(maya!), soon.slug, REGISTERED_ON);
		await cancel(context(lin!), soon.slug, REGISTERED_ON); // Kofi promoted, Maya waits
		await register(context(ana!), far.slug, REGISTERED_ON);
		await register(context(maya!), called.slug, REGISTERED_ON);
		await db()
			.updateTable('events')
			.set({ status: 'cancelled' })
			.where('id', '=', called.id)
			.execute();

		const first = run(RUN_AT);
		expect(await first.sent).toBe(2);
		const reminders = first.emails();
		expect(reminders.map((email) => email.to.split('-')[0]).sort()).toEqual(['ana', 'kofi']);
		for (const reminder of reminders) {
			expect(reminder.subject).toMatch(/^Reminder: Composting markets webinar-\w+ starts soon$/);
			expect(reminder.text).toContain('https://meet.example.org/webinar');
			expect(reminder.text).toContain(`${ORIGIN}/events/${soon.slug}/registration`);
			expect(reminder.attachments![0]!.filename).toBe('invitation.ics');
		}
		const claimed = await db()
			.selectFrom('event_registrations')
			.select(['user_id', 'reminded_at'])
			.where('event_id', '=', soon.id)
			.where('reminded_at', 'is not', null)
			.execute();
		expect(claimed.map((row) => row.user_id).sort()).toEqual([ana!.userId, kofi!.userId].sort());
		expect(claimed.every((row) => row.reminded_at === RUN_AT.toISOString())).toBe(true);

		// The next run, ten minutes later, finds nothing left to send.
		const second = run(new Date(RUN_AT.getTime() + 10 * 60 * 1000));
		expect(await second.sent).toBe(0);
		expect(second.emails()).toEqual([]);
	});

	it('sends one reminder per person when two runs overlap', async () => {
		const soon = await event(db(), { startsAt: '2026-06-10T13:00:00.000Z' });
		for (const name of ['P', 'Q', 'R']) {
			await register(context(await member(db(), name)), soon.slug, REGISTERED_ON);
		}
		const at = new Date('2026-06-09T20:00:00.000Z');
		const queue = createTestQueue();
		const [a, b] = [run(at, queue), run(at, queue)];
		expect((await a.sent) + (await b.sent)).toBe(3);
		expect(a.emails()).toHaveLength(3);
	});

	it('sends nothing for an event that has started', async () => {
		const started = await event(db(), { startsAt: '2026-07-01T13:00:00.000Z' });
		await register(context(await member(db(), 'Late')), started.slug, REGISTERED_ON);
		const after = run(new Date('2026-07-01T13:05:00.000Z'));
		expect(await after.sent).toBe(0);
	});

	it('runs every ten minutes with an empty payload', () => {
		expect(eventReminders.cron).toBe('*/10 * * * *');
		expect(eventReminders.payload.safeParse({}).success).toBe(true);
	});
});
