import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import type { OutgoingMail } from '../mail/mail.schema.ts';
import { dailyDigest, weeklyDigest } from './digest-jobs.ts';
import { sendDigests } from './digests.service.ts';
import { fanOut } from './fan-out.ts';
import { cluster, emailOf, jobWorld, person, replyEvent } from './notifications.fixtures.ts';
import type { NotificationKind } from './notification-kinds.ts';
import { savePreferences } from './preferences.service.ts';

describeOnDialects('notification digests', 'empty', (db) => {
	let jobs = 0;
	const unlimited = { enforce: async () => {} };

	/** A person whose email choice for replies (and mentions, when given) is set. */
	async function subscriber(
		name: string,
		replies: 'daily' | 'weekly',
		mentions?: 'daily' | 'weekly'
	) {
		const actor = await person(db(), name);
		await savePreferences(
			{ db: db(), actor, locale: 'en', limiter: unlimited },
			{ 'discussion.reply': replies, ...(mentions ? { 'discussion.mention': mentions } : {}) }
		);
		return actor.userId;
	}

	/** Fans out one event to these people; answers its title. */
	async function happen(
		world: ReturnType<typeof jobWorld>,
		userIds: number[],
		overrides: { kind?: NotificationKind; clusterId?: number; title?: string } = {}
	): Promise<string> {
		const event = replyEvent({ audience: { userIds }, ...overrides });
		await fanOut(world.services, event, `job-${++jobs}`);
		return event.title;
	}

	const digestsOf = (userId: number) =>
		db().selectFrom('notification_digests').selectAll().where('user_id', '=', userId).execute();
	const to = (emails: OutgoingMail[], address: string) =>
		emails.filter((email) => email.to === address);

	it('gathers everything waiting into one email, once', async () => {
		const ana = await subscriber('Ana', 'daily');
		const world = jobWorld(db());
		const waste = await cluster(db(), 'Waste management');
		const titles = [
			await happen(world, [ana], { clusterId: waste }),
			await happen(world, [ana], { clusterId: waste }),
			await happen(world, [ana])
		];
		// Announcements stay immediate: emailed at once, never in the digest.
		const announced = await happen(world, [ana], { kind: 'cluster.announcement' });
		const immediate = world.emails();
		expect(immediate.map((email) => email.subject)).toEqual([
			`Someone posted an announcement: “${announced}”`
		]);

		world.setNow(new Date('2026-03-03T07:00:00.000Z'));
		expect(await sendDigests(world.services, 'daily')).toBe(1);
		const digests = to(world.emails().slice(immediate.length), await emailOf(db(), ana));
		expect(digests).toHaveLength(1);
		const [digest] = digests;
		expect(digest!.subject).toBe('Your daily digest: 3 new notifications');
		for (const title of titles) expect(digest!.text).toContain(`Someone replied in “${title}”`);
		expect(digest!.text).not.toContain(announced);
		expect(digest!.text).toContain('Waste management: Replies in threads you follow');
		expect(digest!.headers!['List-Unsubscribe']).toMatch(
			/^<https:\/\/galaxy\.example\.org\/unsubscribe\?token=[\w-]{43}>$/
		);
		expect(digest!.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
		expect(await digestsOf(ana)).toMatchObject([
			{ frequency: 'daily', notification_count: 3, sent_at: '2026-03-03T07:00:00.000Z' }
		]);
		const pending = await db()
			.selectFrom('notifications')
			.select('id')
			.where('user_id', '=', ana)
			.where('emailed_at', 'is', null)
			.execute();
		expect(pending).toEqual([]);

		// Right after: nothing is waiting, nothing is sent.
		const before = world.emails().length;
		expect(await sendDigests(world.services, 'daily')).toBe(0);
		expect(world.emails()).toHaveLength(before);

		// What happens next goes in the next digest, alone.
		const later = await happen(world, [ana]);
		world.setNow(new Date('2026-03-04T07:00:00.000Z'));
		expect(await sendDigests(world.services, 'daily')).toBe(1);
		const next = world.emails().slice(before);
		expect(next).toHaveLength(1);
		expect(next[0]!.subject).toBe('Your daily digest: 1 new notification');
		expect(next[0]!.text).toContain(later);
		for (const title of titles) expect(next[0]!.text).not.toContain(title);
	});

	it('keeps daily and weekly digests apart, and writes to nobody with nothing waiting', async () => {
		const both = await subscriber('Both', 'daily', 'weekly');
		const idle = await subscriber('Idle', 'daily');
		const world = jobWorld(db());
		const reply = await happen(world, [both]);
		const mention = await happen(world, [both], { kind: 'discussion.mention' });

		await sendDigests(world.services, 'daily');
		const daily = world.emails();
		expect(daily.map((email) => email.to)).toEqual([await emailOf(db(), both)]);
		expect(daily[0]!.text).toContain(reply);
		expect(daily[0]!.text).not.toContain(mention);
		expect(to(daily, await emailOf(db(), idle))).toEqual([]);

		await sendDigests(world.services, 'weekly');
		const weekly = world.emails().slice(daily.length);
		expect(weekly).toHaveLength(1);
		expect(weekly[0]!.subject).toBe('Your weekly digest: 1 new notification');
		expect(weekly[0]!.text).toContain(`Someone mentioned you in “${mention}”`);
		expect(weekly[0]!.text).not.toContain(reply);
	});

	it('never sends a notification twice when two runs race', async () => {
		const racer = await subscriber('Racer', 'daily');
		const world = jobWorld(db());
		for (let i = 0; i < 3; i++) await happen(world, [racer]);
		const results = await Promise.all([
			sendDigests(world.services, 'daily'),
			sendDigests(world.services, 'daily')
		]);
		expect(results.sort()).toEqual([0, 1]);
		expect(to(world.emails(), await emailOf(db(), racer))).toHaveLength(1);
		expect(await digestsOf(racer)).toMatchObject([{ notification_count: 3 }]);
	});

	it('lists fifty items and counts the rest', async () => {
		const busy = await subscriber('Busy', 'daily');
		const world = jobWorld(db());
		for (let i = 0; i < 53; i++) await happen(world, [busy], { title: `Thread number ${i + 1}.` });
		await sendDigests(world.services, 'daily');
		const [digest] = world.emails();
		expect(digest!.subject).toBe('Your daily digest: 53 new notifications');
		expect(digest!.text).toContain('Thread number 53.');
		expect(digest!.text).not.toContain('Thread number 3.');
		expect(digest!.text).toContain('And 3 more: see all your notifications');
		expect(digest!.text.indexOf('Thread number 53.')).toBeLessThan(
			digest!.text.indexOf('Thread number 52.')
		);
	});

	it('follows a changed choice for what still waits, and never re-sends what went out', async () => {
		const changer = await subscriber('Changer', 'daily');
		const context = {
			db: db(),
			actor: { kind: 'user', userId: changer, role: 'member' } as const,
			locale: 'en',
			limiter: unlimited
		};
		const world = jobWorld(db());
		const first = await happen(world, [changer]);
		await savePreferences(context, { 'discussion.reply': 'weekly' });
		await sendDigests(world.services, 'daily');
		expect(world.emails()).toEqual([]);
		await sendDigests(world.services, 'weekly');
		expect(world.emails()[0]!.text).toContain(first);

		// Switching to immediate: what waits stays in its digest; what comes next goes at once.
		const second = await happen(world, [changer]);
		await savePreferences(context, { 'discussion.reply': 'immediate' });
		const third = await happen(world, [changer]);
		const sent = world.emails().slice(1);
		expect(sent.map((email) => email.subject)).toEqual([`Someone replied in “${third}”`]);
		await sendDigests(world.services, 'weekly');
		const last = world.emails().slice(2);
		expect(last).toHaveLength(1);
		expect(last[0]!.text).toContain(second);
		expect(last[0]!.text).not.toContain(first);
		expect(last[0]!.text).not.toContain(third);

		// Turning email off drops what waits.
		await savePreferences(context, { 'discussion.reply': 'daily' });
		await happen(world, [changer]);
		await savePreferences(context, { 'discussion.reply': 'off' });
		await sendDigests(world.services, 'daily');
		await sendDigests(world.services, 'weekly');
		expect(world.emails()).toHaveLength(3);
	});

	it('runs as jobs on a timetable, taking the empty payload of a timetabled run', async () => {
		expect(dailyDigest).toMatchObject({ id: 'notifications.digest-daily', cron: '0 7 * * *' });
		expect(weeklyDigest).toMatchObject({ id: 'notifications.digest-weekly', cron: '0 7 * * 1' });
		const punctual = await subscriber('Punctual', 'weekly');
		const world = jobWorld(db());
		const title = await happen(world, [punctual]);
		await world.queue.enqueue(db(), weeklyDigest, {});
		await world.queue.drain(world.services);
		const address = await emailOf(db(), punctual);
		const sent = world.mailer.sent.filter((mail) => mail.to === address);
		expect(sent).toHaveLength(1);
		expect(sent[0]!.subject).toBe('Your weekly digest: 1 new notification');
		expect(sent[0]!.text).toContain(title);
		expect(world.queue.done.map((job) => job.name)).toEqual([
			'notifications.digest-weekly',
			'mail.send'
		]);
	});
});
