import ICAL from 'ical.js';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { visitor } from '../identity/actor.ts';
import type { OutgoingMail } from '../mail/mail.schema.ts';
import { event, member, organizationOf, registrationWorld } from './registrations.fixtures.ts';
import {
	cancel,
	cancelWithToken,
	fillFreedPlaces,
	getAttendees,
	getCancellation,
	getRegistration,
	getRegistrationPanel,
	register
} from './registrations.service.ts';

const BEFORE = { now: new Date('2026-05-01T10:00:00.000Z') };
const LATER = { now: new Date('2026-05-02T10:00:00.000Z') };

/** The token of an email's cancel link. */
function tokenOf(email: OutgoingMail): string {
	const match = /\/registration\/cancel\?token=([\w-]+)/.exec(email.text);
	if (!match) throw new Error(`no cancel link in: ${email.text}`);
	return match[1]!;
}

describeOnDialects('event registrations', 'empty', (db, dialect) => {
	const world = registrationWorld(db);
	const { context, emails } = world;

	const statusesOf = async (eventId: number) => {
		const rows = await db()
			.selectFrom('event_registrations')
			.select(['user_id', 'status'])
			.where('event_id', '=', eventId)
			.execute();
		return new Map(rows.map((row) => [row.user_id, row.status]));
	};

	it('registers while places are free, then puts people on the waitlist, with emails', async () => {
		const webinar = await event(db(), { capacity: 1 });
		const [ana, lin] = [await member(db(), 'Ana Souza'), await member(db(), 'Lin Wei')];
		emails();
		expect(await register(context(ana), webinar.slug, BEFORE)).toEqual({
			state: 'registered',
			position: null
		});
		expect(await register(context(lin, 'fr'), webinar.slug, BEFORE)).toEqual({
			state: 'waitlisted',
			position: 1
		});
		const [confirmation, waitlist] = emails();
		expect(confirmation!.subject).toMatch(/^You are registered: Composting markets/);
		expect(confirmation!.text).toContain('(America/New_York)');
		expect(confirmation!.text).toContain('UTC');
		expect(confirmation!.text).toMatch(
			new RegExp(
				`https://galaxy\\.example\\.org/events/${webinar.slug}/registration/cancel\\?token=[\\w-]{43}`
			)
		);
		const [attachment] = confirmation!.attachments!;
		expect(attachment).toMatchObject({
			filename: 'invitation.ics',
			contentType: 'text/calendar; charset=utf-8; method=PUBLISH'
		});
		const calendar = new ICAL.Component(ICAL.parse(attachment!.content));
		const vevent = calendar.getFirstSubcomponent('vevent')!;
		expect(vevent.getFirstPropertyValue('summary')).toContain('Composting markets');
		expect(String(vevent.getFirstPropertyValue('dtstart'))).toBe('2026-06-01T13:00:00Z');
		// The waitlist email is in the language Lin registered in, with no invitation yet.
		expect(waitlist!.to).toMatch(/^lin-wei-/);
		expect(waitlist!.subject).not.toMatch(/^You/);
		expect(waitlist!.text).toContain('1');
		expect(waitlist!.attachments).toBeUndefined();
		expect(tokenOf(waitlist!)).not.toBe(tokenOf(confirmation!));

		const stored = await db()
			.selectFrom('event_registrations')
			.select('cancel_token_hash')
			.where('event_id', '=', webinar.id)
			.execute();
		for (const row of stored) expect(row.cancel_token_hash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('refuses a second registration, visitors, and closed events', async () => {
		const webinar = await event(db(), { capacity: 5 });
		const ana = await member(db());
		await register(context(ana), webinar.slug, BEFORE);
		await expect(register(context(ana), webinar.slug, BEFORE)).rejects.toMatchObject({
			code: 'conflict',
			message: 'You are already registered for this event.'
		});
		await expect(register(context(visitor), webinar.slug, BEFORE)).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		await expect(register(context(ana), 'no-such-event', BEFORE)).rejects.toMatchObject({
			code: 'not_found'
		});
		const started = await event(db(), { startsAt: '2026-05-01T09:00:00.000Z' });
		await expect(register(context(ana), started.slug, BEFORE)).rejects.toMatchObject({
			code: 'conflict',
			message: 'Registration is closed: this event has already started.'
		});
		const cancelled = await event(db(), { status: 'cancelled' });
		await expect(register(context(ana), cancelled.slug, BEFORE)).rejects.toMatchObject({
			code: 'conflict',
			message: 'Registration is closed: this event was cancelled.'
		});
	});

	it('spends the write budget of the person registering', async () => {
		const webinar = await event(db());
		const ana = await member(db());
		const keys: string[] = [];
		const limited = {
			...context(ana),
			limiter: {
				enforce: async (key: string) => {
					keys.push(key);
				}
			}
		};
		await register(limited, webinar.slug, BEFORE);
		await cancel(limited, webinar.slug, BEFORE);
		expect(keys).toEqual([`event-registration:${ana.userId}`, `event-registration:${ana.userId}`]);
	});

	it('gives 10 places to 50 people registering at the same moment, and waitlists 40', async () => {
		const webinar = await event(db(), { capacity: 10 });
		const people = await Promise.all(
			Array.from({ length: 50 }, (_, index) => member(db(), `Racer ${index}`))
		);
		const results = await Promise.all(
			people.map((person) => register(context(person), webinar.slug, BEFORE))
		);
		expect(results.filter((result) => result.state === 'registered')).toHaveLength(10);
		expect(results.filter((result) => result.state === 'waitlisted')).toHaveLength(40);
		// Each waitlisted person got a different position, 1 to 40.
		const positions = results.map((result) => result.position).filter((p) => p !== null);
		expect(new Set(positions).size).toBe(40);
		expect(Math.max(...positions)).toBe(40);
		const statuses = [...(await statusesOf(webinar.id)).values()];
		expect(statuses.filter((status) => status === 'registered')).toHaveLength(10);
		expect(statuses.filter((status) => status === 'waitlisted')).toHaveLength(40);
		if (dialect === 'postgres') {
			// The pool really used several connections at once (the test db's pool has up to 10).
			const { rows } = await sql<{ count: number }>`
				select count(*)::int as count from pg_stat_activity where datname = current_database()
			`.execute(db());
			expect(rows[0]!.count).toBeGreaterThan(1);
		}
		emails();
	});

	it('promotes the earliest waitlisted person when a registered one cancels, once', async () => {
		const webinar = await event(db(), { capacity: 1 });
		const [ana, lin, kofi] = [
			await member(db(), 'Ana'),
			await member(db(), 'Lin'),
			await member(db(), 'Kofi')
		];
		await register(context(ana), webinar.slug, BEFORE);
		await register(context(lin), webinar.slug, BEFORE);
		await register(context(kofi), webinar.slug, LATER);
		const [, linWaitlist] = emails();
		expect(await cancel(context(ana), webinar.slug, LATER)).toEqual({
			state: 'none',
			position: null
		});
		const statuses = await statusesOf(webinar.id);
		expect(statuses.get(ana.userId)).toBe('cancelled');
		expect(statuses.get(lin.userId)).toBe('registered');
		expect(statuses.get(kofi.userId)).toBe('waitlisted');
		expect(await getRegistration(context(kofi), webinar.slug)).toEqual({
			state: 'waitlisted',
			position: 1
		});
		const promotedRow = await db()
			.selectFrom('event_registrations')
			.select('promoted_at')
			.where('user_id', '=', lin.userId)
			.where('event_id', '=', webinar.id)
			.executeTakeFirstOrThrow();
		expect(promotedRow.promoted_at).toBe(LATER.now.toISOString());
		const [placeEmail, ...others] = emails();
		expect(others).toEqual([]);
		expect(placeEmail!.to).toMatch(/^lin-/);
		expect(placeEmail!.subject).toMatch(/^You have a place: /);
		expect(placeEmail!.attachments![0]!.filename).toBe('invitation.ics');
		// The promotion email carries a new cancel link; the waitlist email's one is replaced.
		await expect(getCancellation(db(), tokenOf(linWaitlist!))).rejects.toMatchObject({
			code: 'not_found'
		});
		expect((await getCancellation(db(), tokenOf(placeEmail!))).status).toBe('registered');

		// Cancelling again changes nothing and promotes nobody else.
		await cancel(context(ana), webinar.slug, LATER);
		expect((await statusesOf(webinar.id)).get(kofi.userId)).toBe('waitlisted');
		expect(emails()).toEqual([]);
	});

	it('promotes two different people when two registered people cancel at once', async () => {
		const webinar = await event(db(), { capacity: 2 });
		const people = [];
		for (const name of ['A', 'B', 'C', 'D', 'E']) people.push(await member(db(), name));
		for (const person of people) await register(context(person), webinar.slug, BEFORE);
		emails();
		const [a, b, c, d, e] = people;
		await Promise.all([
			cancel(context(a!), webinar.slug, LATER),
			cancel(context(b!), webinar.slug, LATER)
		]);
		const statuses = await statusesOf(webinar.id);
		expect([statuses.get(c!.userId), statuses.get(d!.userId), statuses.get(e!.userId)]).toEqual([
			'registered',
			'registered',
			'waitlisted'
		]);
		expect(
			emails()
				.map((email) => email.to.slice(0, 2))
				.sort()
		).toEqual(['c-', 'd-']);
	});

	it('cancels from the email link without a session, idempotently, promoting the next', async () => {
		const webinar = await event(db(), { capacity: 1 });
		const [ana, lin] = [await member(db(), 'Ana'), await member(db(), 'Lin')];
		await register(context(ana), webinar.slug, BEFORE);
		await register(context(lin), webinar.slug, BEFORE);
		const [confirmation] = emails();
		const token = tokenOf(confirmation!);
		const mailing = { db: db(), queue: world.queue, origin: 'https://galaxy.example.org' };
		expect(await getCancellation(db(), token, webinar.slug)).toMatchObject({
			event: { slug: webinar.slug },
			status: 'registered'
		});
		await expect(getCancellation(db(), token, 'another-event')).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(getCancellation(db(), 'not-a-token')).rejects.toMatchObject({
			code: 'not_found'
		});
		expect((await cancelWithToken(mailing, token, { ...LATER, slug: webinar.slug })).status).toBe(
			'cancelled'
		);
		expect((await cancelWithToken(mailing, token, LATER)).status).toBe('cancelled');
		expect((await statusesOf(webinar.id)).get(lin.userId)).toBe('registered');
		expect(emails().map((email) => email.subject)).toEqual([
			expect.stringMatching(/^You have a place/)
		]);
		await expect(cancelWithToken(mailing, 'unknown', LATER)).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('sends someone who registers again after cancelling to the end of the waitlist', async () => {
		const webinar = await event(db(), { capacity: 1 });
		const [ana, lin, kofi] = [
			await member(db(), 'Ana'),
			await member(db(), 'Lin'),
			await member(db(), 'Kofi')
		];
		await register(context(ana), webinar.slug, BEFORE);
		await register(context(lin), webinar.slug, BEFORE);
		await cancel(context(lin), webinar.slug, BEFORE);
		await register(context(kofi), webinar.slug, BEFORE);
		// Lin asks again: behind Kofi, who asked in the meantime.
		expect(await register(context(lin), webinar.slug, LATER)).toEqual({
			state: 'waitlisted',
			position: 2
		});
		await cancel(context(ana), webinar.slug, LATER);
		const statuses = await statusesOf(webinar.id);
		expect(statuses.get(kofi.userId)).toBe('registered');
		expect(statuses.get(lin.userId)).toBe('waitlisted');
		emails();
	});

	it('fills places freed by a raised capacity, in order', async () => {
		const webinar = await event(db(), { capacity: 1 });
		const people = [];
		for (const name of ['P', 'Q', 'R', 'S']) people.push(await member(db(), name));
		for (const person of people) await register(context(person), webinar.slug, BEFORE);
		emails();
		await db().updateTable('events').set({ capacity: 3 }).where('id', '=', webinar.id).execute();
		const promoted = await db()
			.transaction()
			.execute((trx) =>
				fillFreedPlaces(trx, webinar.id, LATER.now, world.queue, 'https://galaxy.example.org')
			);
		expect(promoted).toHaveLength(2);
		const statuses = await statusesOf(webinar.id);
		expect(people.map((person) => statuses.get(person.userId))).toEqual([
			'registered',
			'registered',
			'registered',
			'waitlisted'
		]);
		expect(emails()).toHaveLength(2);
	});

	it('shows the panel: places left, waitlist, own state, open or closed', async () => {
		const webinar = await event(db(), { capacity: 2 });
		const people = [];
		for (const name of ['V', 'W', 'X']) people.push(await member(db(), name));
		for (const person of people) await register(context(person), webinar.slug, BEFORE);
		emails();
		expect(await getRegistrationPanel(context(people[2]!), webinar.slug, BEFORE)).toEqual({
			canRegister: true,
			state: 'waitlisted',
			position: 1,
			capacity: 2,
			registeredCount: 2,
			waitlistCount: 1,
			placesLeft: 0,
			open: true,
			reason: null
		});
		const forVisitor = await getRegistrationPanel(context(visitor), webinar.slug, {
			now: new Date('2026-07-01T00:00:00.000Z')
		});
		expect(forVisitor).toMatchObject({
			canRegister: false,
			state: 'none',
			open: false,
			reason: 'started'
		});
		const unlimited = await event(db());
		expect(await getRegistrationPanel(context(visitor), unlimited.slug, BEFORE)).toMatchObject({
			capacity: null,
			placesLeft: null,
			registeredCount: 0,
			open: true
		});
	});

	describe('attendees', () => {
		it('lists people by status with organizations and waitlist positions, for organizers', async () => {
			const organizer = await member(db(), 'Organizer');
			const host = await organizationOf(db(), organizer.userId);
			const webinar = await event(db(), { capacity: 1, hosts: [host] });
			const [ana, lin, kofi] = [
				await member(db(), 'Ana'),
				await member(db(), 'Lin'),
				await member(db(), 'Kofi')
			];
			await organizationOf(db(), ana.userId, 'member');
			await register(context(ana), webinar.slug, BEFORE);
			await register(context(lin), webinar.slug, BEFORE);
			await register(context(kofi), webinar.slug, LATER);
			await cancel(context(lin), webinar.slug, LATER);
			emails();
			const list = await getAttendees(context(organizer), webinar.slug);
			expect(list.counts).toEqual({ registered: 1, waitlisted: 1, cancelled: 1 });
			expect(list.registered).toMatchObject([
				{ name: 'Ana', organizations: [expect.stringMatching(/^City of org-/)], position: null }
			]);
			expect(list.registered[0]!.email).toMatch(/^ana-.*@events\.example$/);
			expect(list.waitlisted).toMatchObject([{ name: 'Kofi', position: 1, organizations: [] }]);
			expect(list.cancelled).toMatchObject([{ name: 'Lin', status: 'cancelled' }]);

			const curator = await member(db(), 'Curator', 'curator');
			expect((await getAttendees(context(curator), webinar.slug)).counts.registered).toBe(1);
		});

		it('refuses members who do not run the event, and visitors', async () => {
			const webinar = await event(db());
			const stranger = await member(db(), 'Stranger');
			await organizationOf(db(), stranger.userId);
			await expect(getAttendees(context(stranger), webinar.slug)).rejects.toMatchObject({
				code: 'forbidden'
			});
			await expect(getAttendees(context(visitor), webinar.slug)).rejects.toMatchObject({
				code: 'unauthenticated'
			});
		});
	});
});
