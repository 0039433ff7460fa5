import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { system, visitor, type Actor } from '../identity/actor.ts';
import { fanOut } from './fan-out.ts';
import { cluster, jobWorld, person, replyEvent } from './notifications.fixtures.ts';
import {
	listNotifications,
	markAllRead,
	markRead,
	openNotification,
	unreadCount
} from './notifications.service.ts';

describeOnDialects('notifications in the app', 'empty', (db) => {
	const unlimited = { enforce: async () => {} };
	const now = new Date('2026-03-02T12:00:00.000Z');
	const context = (actor: Actor) => ({ db: db(), actor, locale: 'en', limiter: unlimited, now });
	let jobs = 0;

	/** Notifies one person of `count` events, an hour apart, the last at 11:00; answers titles. */
	async function notify(userId: number, count: number, link = '/clusters/waste/discussions/1') {
		const titles: string[] = [];
		for (let i = 0; i < count; i++) {
			const world = jobWorld(db(), new Date(Date.UTC(2026, 2, 2, 11 - count + 1 + i)));
			const event = replyEvent({ audience: { userIds: [userId] }, link });
			await fanOut(world.services, event, `n-${++jobs}`);
			titles.push(event.title);
		}
		return titles;
	}

	it('lists a person’s notifications newest first, a page at a time, with the unread count', async () => {
		const [ana, ben] = [await person(db(), 'Ana'), await person(db(), 'Ben')];
		const waste = await cluster(db(), 'Waste management');
		const titles = await notify(ana.userId, 22);
		const world = jobWorld(db());
		await fanOut(
			world.services,
			replyEvent({
				actorUserId: ana.userId,
				clusterId: waste,
				audience: { userIds: [ben.userId] }
			}),
			`n-${++jobs}`
		);

		const first = await listNotifications(context(ana), { page: 1 });
		expect(first).toMatchObject({ total: 22, unread: 22, page: 1, pageSize: 20 });
		expect(first.data.map((item) => item.title)).toEqual(titles.slice(2).reverse());
		expect(first.data[0]).toMatchObject({
			href: `/notifications/${first.data[0]!.id}`,
			unread: true,
			sentenceKey: 'notifications.event.discussion.reply',
			actor: null,
			createdAt: '2026-03-02T11:00:00.000Z',
			createdAgo: '1 hour ago',
			createdAtText: 'Monday, March 2, 2026 at 11:00 AM'
		});
		const second = await listNotifications(context(ana), { page: '2' });
		expect(second.data.map((item) => item.title)).toEqual(titles.slice(0, 2).reverse());
		expect(await unreadCount(db(), ana.userId)).toBe(22);
		// Ben does not see Ana's; his own shows who acted and where.
		const his = await listNotifications(context(ben), {});
		expect(his.data).toHaveLength(1);
		expect(his.data[0]).toMatchObject({ actor: 'Ana', cluster: 'Waste management' });
	});

	it('marks one read, only the person’s own, and then all', async () => {
		const [ana, eve] = [await person(db(), 'Ana'), await person(db(), 'Eve')];
		await notify(ana.userId, 3);
		const [newest, middle] = (await listNotifications(context(ana), {})).data;
		await expect(markRead(context(eve), newest!.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(markRead(context(ana), 'abc')).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(markRead(context(ana), 999_999)).rejects.toMatchObject({ code: 'not_found' });
		await markRead(context(ana), String(middle!.id));
		const after = await listNotifications(context(ana), {});
		expect(after.data.map((item) => item.unread)).toEqual([true, false, true]);
		expect(after.unread).toBe(2);
		expect(await markAllRead(context(ana))).toBe(2);
		expect(await unreadCount(db(), ana.userId)).toBe(0);
		expect(await markAllRead(context(ana))).toBe(0);
	});

	it('opens a notification: marks it read and answers its link, never a link off the site', async () => {
		const ana = await person(db(), 'Ana');
		await notify(ana.userId, 1, '/clusters/waste/discussions/4#post-9');
		await notify(ana.userId, 1, '//evil.example/phish');
		const [offSite, onSite] = (await listNotifications(context(ana), {})).data;
		expect(await openNotification(context(ana), String(onSite!.id))).toBe(
			'/clusters/waste/discussions/4#post-9'
		);
		expect(await openNotification(context(ana), offSite!.id)).toBe('/notifications');
		expect(await unreadCount(db(), ana.userId)).toBe(0);
		const eve = await person(db(), 'Eve');
		await expect(openNotification(context(eve), onSite!.id)).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('counts unread notifications no further than 100, for the bell’s "99+"', async () => {
		const busy = await person(db(), 'Busy');
		await db()
			.insertInto('notifications')
			.values(
				Array.from({ length: 105 }, (_, i) => ({
					user_id: busy.userId,
					kind: 'discussion.reply',
					subject_kind: 'post',
					subject_id: i,
					title: `Post ${i}`,
					link: '/clusters',
					delivery: 'off' as const,
					created_at: now.toISOString()
				}))
			)
			.execute();
		expect(await unreadCount(db(), busy.userId)).toBe(100);
	});

	it('is for signed-in people only', async () => {
		await expect(listNotifications(context(visitor), {})).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		await expect(markAllRead(context(system))).rejects.toMatchObject({ code: 'forbidden' });
		const ana = await person(db(), 'Ana');
		await expect(listNotifications(context(ana), { page: 'x' })).rejects.toMatchObject({
			code: 'invalid_input',
			details: [{ field: 'page' }]
		});
	});
});
