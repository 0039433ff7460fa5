import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { system, visitor, type Actor } from '../identity/actor.ts';
import { person } from './notifications.fixtures.ts';
import { getPreferences, savePreferences } from './preferences.service.ts';

describeOnDialects('notification email choices', 'empty', (db) => {
	const unlimited = { enforce: async () => {} };
	const context = (actor: Actor) => ({ db: db(), actor, locale: 'en', limiter: unlimited });
	const chosen = async (actor: Actor) =>
		Object.fromEntries(
			(await getPreferences(context(actor))).map((row) => [row.kind, row.delivery])
		);

	/** The fields an invalid_input error names. */
	async function refusedFields(promise: Promise<unknown>): Promise<string[]> {
		const error = await promise.then(
			() => null,
			(reason: unknown) => reason
		);
		expect(error).toMatchObject({ code: 'invalid_input' });
		return (error as { details: { field: string }[] }).details.map((detail) => detail.field);
	}

	it('offers every kind with its default until the person chooses', async () => {
		const ana = await person(db(), 'Ana');
		const rows = await getPreferences(context(ana));
		expect(rows.map((row) => row.kind)).toEqual([
			'discussion.reply',
			'discussion.thread',
			'discussion.mention',
			'cluster.announcement',
			'cluster.membership-requested',
			'cluster.membership-decided',
			'moderation.review'
		]);
		expect(rows[1]).toMatchObject({
			delivery: 'daily',
			isDefault: true,
			labelKey: 'notifications.kind.discussion.thread'
		});
		expect(rows[0]!.options.map((option) => option.delivery)).toEqual([
			'immediate',
			'daily',
			'weekly',
			'off'
		]);
	});

	it('saves the kinds sent and keeps the others, for this person only', async () => {
		const [ana, ben] = [await person(db(), 'Ana'), await person(db(), 'Ben')];
		await savePreferences(context(ana), {
			'discussion.reply': 'weekly',
			'discussion.thread': 'off'
		});
		await savePreferences(context(ana), { 'discussion.reply': 'daily' });
		expect(await chosen(ana)).toMatchObject({
			'discussion.reply': 'daily',
			'discussion.thread': 'off',
			'discussion.mention': 'immediate'
		});
		expect(await chosen(ben)).toMatchObject({
			'discussion.reply': 'immediate',
			'discussion.thread': 'daily'
		});
	});

	it('refuses a kind or a delivery that does not exist, naming the field', async () => {
		const ana = await person(db(), 'Ana');
		expect(
			await refusedFields(savePreferences(context(ana), { 'discussion.gossip': 'daily' }))
		).toEqual(['discussion.gossip']);
		expect(
			await refusedFields(savePreferences(context(ana), { 'discussion.reply': 'hourly' }))
		).toEqual(['discussion.reply']);
		expect((await chosen(ana))['discussion.reply']).toBe('immediate');
	});

	it('is for signed-in people only', async () => {
		await expect(getPreferences(context(visitor))).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		await expect(savePreferences(context(system), {})).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('spends the person’s write budget', async () => {
		const ana = await person(db(), 'Ana');
		const spent: string[] = [];
		await savePreferences(
			{ ...context(ana), limiter: { enforce: async (key: string) => void spent.push(key) } },
			{ 'discussion.reply': 'off' }
		);
		expect(spent).toEqual([`notifications-write:${ana.userId}`]);
	});
});
