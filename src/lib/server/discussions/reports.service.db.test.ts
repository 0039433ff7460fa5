import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { visitor, type Actor } from '../identity/actor.ts';
import {
	discussionContext,
	ENERGY,
	KOIDU,
	makeUser,
	UNOSSC,
	WASTE,
	type User
} from './discussions.fixtures.ts';
import { setFollow } from './follows.service.ts';
import { moderatePost } from './moderation.service.ts';
import { replyToThread, startThread } from './posts.service.ts';
import { getModerationQueue, reportPost } from './reports.service.ts';
import { getThread } from './threads.service.ts';

async function failure(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (error) {
		const { code, details } = error as { code: string; details: { field: string }[] };
		return { code, fields: details.map((detail) => detail.field).sort() };
	}
	throw new Error('expected the promise to fail');
}

describeOnDialects('discussion reports and follows', 'demo', (db) => {
	let author: User;
	let reporter: User;
	let second: User;
	let coordinator: User;
	let energyCoordinator: User;
	let curator: User;
	const work = (actor: Actor) => discussionContext(db(), actor);
	const read = (actor: Actor) => ({ db: db(), actor, locale: 'en' });
	const clusterId = async (slug: string) =>
		(
			await db()
				.selectFrom('clusters')
				.select('id')
				.where('slug', '=', slug)
				.executeTakeFirstOrThrow()
		).id;
	const postInThread = async (body = 'Buy my bins') => {
		const made = await startThread(work(coordinator), WASTE, {
			title: 'Bins',
			body: 'Which bins?'
		});
		const reply = await replyToThread(
			work(author),
			{ slug: WASTE, threadId: made.threadId },
			{
				body
			}
		);
		return { threadId: made.threadId, postId: reply.postId };
	};

	it('sets the people up', async () => {
		author = await makeUser(db(), 'Author', { organization: KOIDU });
		reporter = await makeUser(db(), 'Reporter', { organization: KOIDU });
		second = await makeUser(db(), 'Second', { organization: KOIDU });
		coordinator = await makeUser(db(), 'Coordinator', {
			organization: UNOSSC,
			organizationRole: 'editor'
		});
		// Coordinates the energy cluster only (INSHP coordinates it, not waste management).
		energyCoordinator = await makeUser(db(), 'Energy Coordinator', {
			organization: 'inshp',
			organizationRole: 'editor'
		});
		curator = await makeUser(db(), 'Curator', { role: 'curator' });
		expect(author.userId).toBeGreaterThan(0);
	});

	it('records a report once per reporter and asks the coordinators to look', async () => {
		const { postId, threadId } = await postInThread();
		const context = work(reporter);
		const { reportId } = await reportPost(context, postId, {
			reason: '  Advertising,  not  waste '
		});
		expect(context.events).toMatchObject([
			{
				kind: 'moderation.review',
				actorUserId: reporter.userId,
				subject: { kind: 'report', id: reportId },
				title: 'Bins',
				excerpt: 'Buy my bins',
				link: `/clusters/${WASTE}/discussions/moderation`,
				audience: { coordinatorsOf: await clusterId(WASTE) }
			}
		]);
		expect(await failure(reportPost(work(reporter), postId, { reason: 'Again please' }))).toEqual({
			code: 'conflict',
			fields: []
		});
		const seen = await getThread(read(reporter), { slug: WASTE, threadId });
		expect(seen.posts.data.find((post) => post.id === postId)).toMatchObject({
			reported: true,
			canReport: false
		});
		const byOther = await getThread(read(second), { slug: WASTE, threadId });
		expect(byOther.posts.data.find((post) => post.id === postId)).toMatchObject({
			reported: false,
			canReport: true
		});
	});

	it('refuses reports from visitors, outsiders, authors, and without a reason', async () => {
		const { postId } = await postInThread();
		const outsider = await makeUser(db(), 'Outsider');
		expect(await failure(reportPost(work(visitor), postId, { reason: 'Spam here' }))).toMatchObject(
			{
				code: 'unauthenticated'
			}
		);
		expect(
			await failure(reportPost(work(outsider), postId, { reason: 'Spam here' }))
		).toMatchObject({
			code: 'forbidden'
		});
		expect(await failure(reportPost(work(author), postId, { reason: 'Oops mine' }))).toMatchObject({
			code: 'forbidden'
		});
		expect(await failure(reportPost(work(reporter), postId, { reason: ' ' }))).toEqual({
			code: 'invalid_input',
			fields: ['reason']
		});
		expect(
			await failure(reportPost(work(reporter), 999_999, { reason: 'Spam here' }))
		).toMatchObject({
			code: 'not_found'
		});
	});

	it('lists open reports by post with reasons and reporter count, and held posts, to moderators', async () => {
		const { postId, threadId } = await postInThread('Visit my shop');
		await reportPost(work(reporter), postId, { reason: 'Advertising' });
		await reportPost(work(second), postId, { reason: 'Spam' });
		const newcomer = await makeUser(db(), 'Newcomer', { organization: KOIDU });
		const held = await replyToThread(
			work(newcomer),
			{ slug: WASTE, threadId },
			{
				body: 'https://spam.example'
			}
		);

		for (const queue of [
			await getModerationQueue(read(coordinator), { slug: WASTE }),
			await getModerationQueue(read(curator), 'all')
		]) {
			const reported = queue.reports.find((report) => report.id === postId);
			expect(reported).toMatchObject({
				author: author.name,
				excerpt: 'Visit my shop',
				reasons: ['Advertising', 'Spam'],
				reporterCount: 2,
				status: 'visible',
				href: `/clusters/${WASTE}/discussions/${threadId}#post-${postId}`,
				thread: { id: threadId, title: 'Bins' },
				cluster: { slug: WASTE }
			});
			expect(queue.held.map((post) => post.id)).toContain(held.postId);
		}
		const energy = await getModerationQueue(read(energyCoordinator), { slug: ENERGY });
		expect(energy.reports.map((report) => report.id)).not.toContain(postId);
		expect(energy.held).toEqual([]);

		for (const [actor, scope] of [
			[reporter, { slug: WASTE }],
			[energyCoordinator, { slug: WASTE }],
			[coordinator, 'all'],
			[reporter, 'all']
		] as const) {
			expect(await failure(getModerationQueue(read(actor), scope))).toMatchObject({
				code: 'forbidden'
			});
		}
		expect(await failure(getModerationQueue(read(visitor), 'all'))).toMatchObject({
			code: 'unauthenticated'
		});
	});

	it('resolves reports by hiding the post or keeping it', async () => {
		const hidden = await postInThread('Hide me');
		const kept = await postInThread('Keep me');
		for (const { postId } of [hidden, kept]) {
			await reportPost(work(reporter), postId, { reason: 'Not sure' });
		}
		expect(await failure(moderatePost(work(energyCoordinator), kept.postId, 'keep'))).toMatchObject(
			{
				code: 'forbidden'
			}
		);
		await moderatePost(work(coordinator), hidden.postId, 'hide');
		await moderatePost(work(curator), kept.postId, 'keep');
		const reports = await db()
			.selectFrom('post_reports')
			.select(['post_id', 'status', 'resolution', 'resolved_by'])
			.where('post_id', 'in', [hidden.postId, kept.postId])
			.orderBy('post_id')
			.execute();
		expect(reports).toEqual([
			{
				post_id: hidden.postId,
				status: 'resolved',
				resolution: 'hidden',
				resolved_by: coordinator.userId
			},
			{ post_id: kept.postId, status: 'resolved', resolution: 'kept', resolved_by: curator.userId }
		]);
		const queue = await getModerationQueue(read(curator), 'all');
		expect(queue.reports.map((report) => report.id)).not.toContain(hidden.postId);
		expect(queue.reports.map((report) => report.id)).not.toContain(kept.postId);
		const thread = await getThread(read(visitor), { slug: WASTE, threadId: kept.threadId });
		expect(thread.posts.data.map((post) => post.id)).toContain(kept.postId);
		expect(
			await failure(reportPost(work(second), hidden.postId, { reason: 'Gone now' }))
		).toMatchObject({
			code: 'not_found'
		});
	});

	it('follows and unfollows threads and clusters, for members only', async () => {
		const { threadId } = await postInThread();
		const follows = async (user: User) =>
			(
				await db()
					.selectFrom('follows')
					.select(['target_kind', 'target_id'])
					.where('user_id', '=', user.userId)
					.orderBy('target_kind')
					.orderBy('target_id')
					.execute()
			).map((row) => `${row.target_kind}:${row.target_id}`);
		await setFollow(work(second), { slug: WASTE }, true);
		await setFollow(work(second), { slug: WASTE }, true);
		await setFollow(work(second), { slug: WASTE, threadId }, true);
		expect(await follows(second)).toEqual([
			`cluster:${await clusterId(WASTE)}`,
			`thread:${threadId}`
		]);
		await setFollow(work(second), { slug: WASTE }, false);
		await setFollow(work(second), { slug: WASTE, threadId }, false);
		await setFollow(work(second), { slug: WASTE, threadId }, false);
		expect(await follows(second)).toEqual([]);
		expect(await failure(setFollow(work(second), { slug: ENERGY }, true))).toMatchObject({
			code: 'forbidden'
		});
		expect(await failure(setFollow(work(visitor), { slug: WASTE }, true))).toMatchObject({
			code: 'unauthenticated'
		});
		expect(await failure(setFollow(work(second), { slug: 'nowhere' }, true))).toMatchObject({
			code: 'not_found'
		});
	});
});
