import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { sendDigests } from './digests.service.ts';
import { fanOut } from './fan-out.ts';
import { jobWorld, person, replyEvent } from './notifications.fixtures.ts';
import { getPreferences, savePreferences } from './preferences.service.ts';
import { readUnsubscribeLink, unsubscribe } from './unsubscribe.service.ts';

describeOnDialects('one-click unsubscribe', 'empty', (db) => {
	const unlimited = { enforce: async () => {} };
	const context = { db: db, limiter: unlimited, clientKey: '192.0.2.1' };
	const tokenIn = (header: string | undefined) => /token=([\w-]{43})>$/.exec(header ?? '')![1]!;
	let jobs = 0;

	async function immediateEmailTo(userId: number, kind: 'discussion.reply' | 'discussion.mention') {
		const world = jobWorld(db());
		await fanOut(
			world.services,
			replyEvent({ kind, audience: { userIds: [userId] } }),
			`u-${++jobs}`
		);
		const [email] = world.emails();
		return email!;
	}
	const choices = async (userId: number) =>
		Object.fromEntries(
			(
				await getPreferences({
					db: db(),
					actor: { kind: 'user', userId, role: 'member' },
					locale: 'en'
				})
			).map((row) => [row.kind, row.delivery])
		);

	it('turns off the kind of an immediate email, and only when posted', async () => {
		const ana = await person(db(), 'Ana');
		const email = await immediateEmailTo(ana.userId, 'discussion.reply');
		const token = tokenIn(email.headers!['List-Unsubscribe']);

		// Reading the link (a mail scanner, the confirmation page) changes nothing.
		expect(await readUnsubscribeLink(db(), token)).toEqual({
			kind: 'discussion.reply',
			used: false
		});
		expect((await choices(ana.userId))['discussion.reply']).toBe('immediate');

		expect(await unsubscribe({ ...context, db: db() }, token)).toEqual({
			kind: 'discussion.reply',
			used: false
		});
		expect(await choices(ana.userId)).toMatchObject({
			'discussion.reply': 'off',
			'discussion.mention': 'immediate'
		});
		// No more replies by email; in the app they still come.
		const world = jobWorld(db());
		await fanOut(
			world.services,
			replyEvent({ audience: { userIds: [ana.userId] } }),
			`u-${++jobs}`
		);
		expect(world.emails()).toEqual([]);
	});

	it('may be used again without harm, and again turns the kind off', async () => {
		const ben = await person(db(), 'Ben');
		const token = tokenIn(
			(await immediateEmailTo(ben.userId, 'discussion.mention')).headers!['List-Unsubscribe']
		);
		await unsubscribe({ ...context, db: db() }, token);
		const usedAt = async () =>
			(
				await db()
					.selectFrom('unsubscribe_tokens')
					.select('used_at')
					.where('user_id', '=', ben.userId)
					.executeTakeFirstOrThrow()
			).used_at;
		const firstUse = await usedAt();
		expect(firstUse).not.toBeNull();
		await savePreferences(
			{ db: db(), actor: ben, locale: 'en', limiter: unlimited },
			{ 'discussion.mention': 'immediate' }
		);
		expect(await unsubscribe({ ...context, db: db(), now: new Date('2030-01-01') }, token)).toEqual(
			{
				kind: 'discussion.mention',
				used: true
			}
		);
		expect((await choices(ben.userId))['discussion.mention']).toBe('off');
		expect(await usedAt()).toBe(firstUse);
	});

	it('turns off every kind from a digest, and drops what waits for the next one', async () => {
		const carla = await person(db(), 'Carla');
		const carlaContext = { db: db(), actor: carla, locale: 'en', limiter: unlimited };
		await savePreferences(carlaContext, {
			'discussion.reply': 'daily',
			'discussion.thread': 'weekly'
		});
		const world = jobWorld(db());
		await fanOut(
			world.services,
			replyEvent({ audience: { userIds: [carla.userId] } }),
			`u-${++jobs}`
		);
		await sendDigests(world.services, 'daily');
		const [digest] = world.emails();
		await fanOut(
			world.services,
			replyEvent({ kind: 'discussion.thread', audience: { userIds: [carla.userId] } }),
			`u-${++jobs}`
		);

		const token = tokenIn(digest!.headers!['List-Unsubscribe']);
		expect(await readUnsubscribeLink(db(), token)).toEqual({ kind: null, used: false });
		await unsubscribe({ ...context, db: db() }, token);
		expect(new Set(Object.values(await choices(carla.userId)))).toEqual(new Set(['off']));
		await sendDigests(world.services, 'weekly');
		expect(world.emails()).toHaveLength(1);
	});

	it('does not know a link it did not make', async () => {
		for (const token of ['A'.repeat(43), 'short', '', null, 'x'.repeat(500)]) {
			await expect(readUnsubscribeLink(db(), token)).rejects.toMatchObject({ code: 'not_found' });
			await expect(unsubscribe({ ...context, db: db() }, token)).rejects.toMatchObject({
				code: 'not_found'
			});
		}
	});

	it('spends the caller’s request budget before anything else', async () => {
		const refused = Object.assign(new Error('slow down'), { code: 'rate_limited' });
		await expect(
			unsubscribe(
				{
					...context,
					db: db(),
					limiter: {
						enforce: async (key: string) => {
							expect(key).toBe('unsubscribe:192.0.2.1');
							throw refused;
						}
					}
				},
				'A'.repeat(43)
			)
		).rejects.toBe(refused);
	});
});
