import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { createRateLimiter } from '../http/rate-limit.ts';
import { visitor, type Actor } from '../identity/actor.ts';
import { samplePdf, samplePng } from '../solutions/solution-attachments.samples.ts';
import {
	discussionContext,
	ENERGY,
	KOIDU,
	makeUser,
	UNOSSC,
	WASTE,
	type User
} from './discussions.fixtures.ts';
import { moderatePost, setThreadFlag } from './moderation.service.ts';
import { MAX_POST_FILE_BYTES } from './discussion-attachments.files.ts';
import { replyToThread, startThread } from './posts.service.ts';
import { getThread, listRecentThreads, listThreads } from './threads.service.ts';

/** The code, message and fields of the domain error a promise fails with. */
async function failure(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (error) {
		const { code, message, details } = error as {
			code: string;
			message: string;
			details: { field: string }[];
		};
		return { code, message, fields: details.map((detail) => detail.field).sort() };
	}
	throw new Error('expected the promise to fail');
}

describeOnDialects('discussion posts', 'demo', (db, dialect) => {
	let member: User;
	let other: User;
	let coordinator: User;
	let curator: User;
	let outsider: User;
	const people = () => ({ member, other, coordinator, curator, outsider });
	const work = (actor: Actor) => discussionContext(db(), actor);
	const read = (actor: Actor) => ({ db: db(), actor, locale: 'en' });
	const count = async (
		table: 'discussion_threads' | 'discussion_posts' | 'discussion_attachments'
	) =>
		Number(
			(
				await db()
					.selectFrom(table)
					.select((eb) => eb.fn.countAll().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	const clusterId = async (slug: string) =>
		(
			await db()
				.selectFrom('clusters')
				.select('id')
				.where('slug', '=', slug)
				.executeTakeFirstOrThrow()
		).id;
	/** A visible thread by a trusted member, so later posts by others are not first posts. */
	const thread = async (title = 'Sorting waste at the market') =>
		startThread(work(coordinator), WASTE, { title, body: 'How do you sort at source?' });

	it('sets the people up', async () => {
		member = await makeUser(db(), 'Amara Kamara', { organization: KOIDU });
		other = await makeUser(db(), 'Li Wei', { organization: KOIDU });
		coordinator = await makeUser(db(), 'Coordinator', {
			organization: UNOSSC,
			organizationRole: 'editor'
		});
		curator = await makeUser(db(), 'Curator', { role: 'curator' });
		outsider = await makeUser(db(), 'Outsider');
		expect(Object.values(people()).every((person) => person.userId > 0)).toBe(true);
	});

	it('lets a member start a thread: visible, followed by its author, announced to the cluster', async () => {
		const context = work(member);
		const result = await startThread(context, WASTE, {
			title: '  Composting   market waste ',
			body: 'We compost **vegetable** waste. What do you do?'
		});
		expect(result.status).toBe('visible');
		expect(result.href).toBe(
			`/clusters/${WASTE}/discussions/${result.threadId}#post-${result.postId}`
		);
		const detail = await getThread(read(visitor), { slug: WASTE, threadId: result.threadId });
		expect(detail.thread).toMatchObject({ title: 'Composting market waste', kind: 'discussion' });
		expect(detail.posts.data).toHaveLength(1);
		expect(detail.posts.data[0]!.html).toContain('<strong>vegetable</strong>');
		expect(detail.posts.data[0]!.author).toBe(member.name);
		const follow = await db()
			.selectFrom('follows')
			.selectAll()
			.where('user_id', '=', member.userId)
			.execute();
		expect(follow).toMatchObject([{ target_kind: 'thread', target_id: result.threadId }]);
		expect(context.events).toEqual([
			{
				kind: 'discussion.thread',
				actorUserId: member.userId,
				clusterId: await clusterId(WASTE),
				subject: { kind: 'thread', id: result.threadId },
				title: 'Composting market waste',
				excerpt: 'We compost vegetable waste. What do you do?',
				link: result.href,
				audience: { followersOf: [{ kind: 'cluster', id: await clusterId(WASTE) }] }
			}
		]);
	});

	it('refuses visitors (401) and non-members (403), writing nothing', async () => {
		const before = await count('discussion_posts');
		expect(
			await failure(startThread(work(visitor), WASTE, { title: 'Hello', body: 'x' }))
		).toMatchObject({
			code: 'unauthenticated'
		});
		expect(
			await failure(startThread(work(outsider), WASTE, { title: 'Hello there', body: 'Hi' }))
		).toMatchObject({ code: 'forbidden', message: expect.stringContaining('Join this cluster') });
		// Koidu's people are members of the waste cluster, not of the energy cluster.
		expect(
			await failure(startThread(work(member), ENERGY, { title: 'Hello there', body: 'Hi' }))
		).toMatchObject({ code: 'forbidden' });
		const { threadId } = await thread();
		expect(
			await failure(replyToThread(work(outsider), { slug: WASTE, threadId }, { body: 'Me too' }))
		).toMatchObject({ code: 'forbidden' });
		expect(await count('discussion_posts')).toBe(before + 1);
	});

	it('answers 400 naming every bad field, writing nothing', async () => {
		const before = [await count('discussion_threads'), await count('discussion_posts')];
		expect(
			await failure(startThread(work(member), WASTE, { title: 'Hi', body: '   \n ', kind: 'poll' }))
		).toMatchObject({ code: 'invalid_input', fields: ['body', 'kind', 'title'] });
		expect(
			await failure(
				startThread(work(member), WASTE, { title: 'x'.repeat(201), body: 'y'.repeat(20_001) })
			)
		).toMatchObject({ code: 'invalid_input', fields: ['body', 'title'] });
		const { threadId } = await thread();
		expect(
			await failure(replyToThread(work(member), { slug: WASTE, threadId }, { body: '' }))
		).toMatchObject({ code: 'invalid_input', fields: ['body'] });
		expect([await count('discussion_threads'), await count('discussion_posts')]).toEqual([
			before[0]! + 1,
			before[1]! + 1
		]);
	});

	it('keeps announcements to coordinators and staff', async () => {
		expect(
			await failure(
				startThread(work(member), WASTE, {
					title: 'Big news',
					body: 'Hear ye',
					kind: 'announcement'
				})
			)
		).toMatchObject({ code: 'forbidden', message: expect.stringContaining('coordinators') });
		const context = work(coordinator);
		const made = await startThread(context, WASTE, {
			title: 'Webinar on 3 March',
			body: 'Join us.',
			kind: 'announcement'
		});
		expect(context.events.map((event) => [event.kind, event.audience])).toEqual([
			['cluster.announcement', { followersOf: [{ kind: 'cluster', id: await clusterId(WASTE) }] }]
		]);
		const byCurator = await startThread(work(curator), WASTE, {
			title: 'Platform news',
			body: 'New features.',
			kind: 'announcement'
		});
		const cards = await listRecentThreads(read(visitor), await clusterId(WASTE), 50);
		expect(cards.filter((card) => card.kind === 'announcement').map((card) => card.id)).toEqual(
			expect.arrayContaining([made.threadId, byCurator.threadId])
		);
	});

	it('tells the thread’s followers of a reply and bumps the thread; mentions notify the named, not the author', async () => {
		const { threadId } = await thread('Who collects plastics?');
		const context = work(member);
		const handle = (user: User) => user.name.toLowerCase().replace(/\s+/g, '-');
		const reply = await replyToThread(
			context,
			{ slug: WASTE, threadId },
			{
				body: `Ask @${handle(other)} and @${handle(coordinator)} — not \`@${handle(curator)}\`; I am @${handle(member)}.`
			}
		);
		expect(reply.status).toBe('visible');
		const cluster = await clusterId(WASTE);
		expect(context.events).toMatchObject([
			{
				kind: 'discussion.reply',
				actorUserId: member.userId,
				clusterId: cluster,
				subject: { kind: 'post', id: reply.postId },
				title: 'Who collects plastics?',
				link: `/clusters/${WASTE}/discussions/${threadId}#post-${reply.postId}`,
				audience: { followersOf: [{ kind: 'thread', id: threadId }] }
			},
			{ kind: 'discussion.mention', subject: { kind: 'post', id: reply.postId } }
		]);
		const named = [other.userId, coordinator.userId].sort((a, b) => a - b);
		expect([...context.events[1]!.audience.userIds!].sort((a, b) => a - b)).toEqual(named);
		// The people named hear of it as a mention only, not also as followers of the thread.
		expect([...context.events[0]!.audience.exceptUserIds!].sort((a, b) => a - b)).toEqual(named);
		const detail = await getThread(read(visitor), { slug: WASTE, threadId });
		expect(detail.posts.total).toBe(2);
		expect(detail.thread.lastActivityAt >= detail.thread.createdAt).toBe(true);
	});

	it('refuses replies in a locked thread with 409 and says so, until a coordinator unlocks it', async () => {
		const { threadId } = await thread('Locked soon');
		const address = { slug: WASTE, threadId };
		expect(await failure(setThreadFlag(work(member), address, 'locked', true))).toMatchObject({
			code: 'forbidden'
		});
		await setThreadFlag(work(coordinator), address, 'locked', true);
		for (const actor of [member, coordinator, curator]) {
			expect(
				await failure(replyToThread(work(actor), address, { body: 'One more thing' }))
			).toEqual({
				code: 'conflict',
				message: 'This thread is locked: replies are closed.',
				fields: []
			});
		}
		expect((await getThread(read(member), address)).permissions.reply).toBe(false);
		await setThreadFlag(work(coordinator), address, 'locked', false);
		expect((await replyToThread(work(member), address, { body: 'One more thing' })).status).toBe(
			'visible'
		);
	});

	it('pins threads by coordinators and staff only: pinned threads come first', async () => {
		const first = await thread('Old but important');
		await thread('Newer');
		const address = { slug: WASTE, threadId: first.threadId };
		expect(await failure(setThreadFlag(work(member), address, 'pinned', true))).toMatchObject({
			code: 'forbidden'
		});
		expect(await failure(setThreadFlag(work(visitor), address, 'pinned', true))).toMatchObject({
			code: 'unauthenticated'
		});
		await setThreadFlag(work(curator), address, 'pinned', true);
		const cards = await listRecentThreads(read(visitor), await clusterId(WASTE), 3);
		expect(cards[0]).toMatchObject({ id: first.threadId, pinned: true, locked: false });
		await setThreadFlag(work(coordinator), address, 'pinned', false);
		expect((await listRecentThreads(read(visitor), await clusterId(WASTE), 1))[0]!.id).not.toBe(
			first.threadId
		);
	});

	it('shows a hidden post to its author and moderators only', async () => {
		const { threadId } = await thread('Hiding');
		const address = { slug: WASTE, threadId };
		const reply = await replyToThread(work(member), address, { body: 'Rude words' });
		await moderatePost(work(coordinator), reply.postId, 'hide', { note: 'Be kind' });
		const ids = async (actor: Actor) =>
			(await getThread(read(actor), address)).posts.data.map((post) => post.id);
		expect(await ids(visitor)).not.toContain(reply.postId);
		expect(await ids(other)).not.toContain(reply.postId);
		for (const actor of [member, coordinator, curator]) {
			expect(await ids(actor)).toContain(reply.postId);
		}
		const own = (await getThread(read(member), address)).posts.data.find(
			(post) => post.id === reply.postId
		);
		expect(own).toMatchObject({ status: 'hidden', mine: true, moderationNote: 'Be kind' });
		expect(await failure(moderatePost(work(member), reply.postId, 'unhide'))).toMatchObject({
			code: 'forbidden'
		});
		expect(await failure(moderatePost(work(other), reply.postId, 'unhide'))).toMatchObject({
			code: 'not_found'
		});
		await moderatePost(work(curator), reply.postId, 'unhide');
		expect(await ids(visitor)).toContain(reply.postId);
	});

	it('hides a whole thread with its opening post', async () => {
		const made = await startThread(work(member), WASTE, { title: 'Off topic', body: 'Buy shoes' });
		await moderatePost(work(coordinator), made.postId, 'hide');
		const address = { slug: WASTE, threadId: made.threadId };
		expect(await failure(getThread(read(visitor), address))).toMatchObject({ code: 'not_found' });
		expect((await getThread(read(member), address)).thread.status).toBe('hidden');
		const listed = async (actor: Actor) =>
			(await listThreads(read(actor), WASTE, 1)).data.map((card) => card.id);
		expect(await listed(other)).not.toContain(made.threadId);
		expect(await listed(member)).toContain(made.threadId);
		expect(await listed(coordinator)).toContain(made.threadId);
		expect(
			await failure(replyToThread(work(coordinator), address, { body: 'Closed?' }))
		).toMatchObject({ code: 'conflict' });
	});

	it('holds a newcomer’s first post with links, asks the coordinators, and publishes it on approval', async () => {
		const newcomer = await makeUser(db(), 'New Comer', { organization: KOIDU });
		const { threadId } = await thread('Links');
		const address = { slug: WASTE, threadId };
		const context = work(newcomer);
		const held = await replyToThread(context, address, {
			body: `Cheap bins at [our shop](https://spam.example) @${other.name.toLowerCase().replace(/\s+/g, '-')}`
		});
		expect(held.status).toBe('held');
		expect(context.events.map((event) => [event.kind, event.audience])).toEqual([
			['moderation.review', { coordinatorsOf: await clusterId(WASTE) }]
		]);
		const seen = async (actor: Actor) =>
			(await getThread(read(actor), address)).posts.data.find((post) => post.id === held.postId)
				?.status;
		expect(await seen(visitor)).toBeUndefined();
		expect(await seen(other)).toBeUndefined();
		expect(await seen(newcomer)).toBe('held');
		expect(await seen(coordinator)).toBe('held');

		// Still a newcomer: a second post with links is held too, one without links is not.
		expect(
			(await replyToThread(work(newcomer), address, { body: 'More at https://spam.example' }))
				.status
		).toBe('held');
		expect((await replyToThread(work(newcomer), address, { body: 'No links here' })).status).toBe(
			'visible'
		);

		expect(await failure(moderatePost(work(member), held.postId, 'approve'))).toMatchObject({
			code: 'not_found'
		});
		const approving = work(coordinator);
		await moderatePost(approving, held.postId, 'approve');
		expect(await seen(visitor)).toBe('visible');
		expect(approving.events.map((event) => [event.kind, event.actorUserId])).toEqual([
			['discussion.reply', newcomer.userId],
			['discussion.mention', newcomer.userId]
		]);
		expect(await failure(moderatePost(work(coordinator), held.postId, 'approve'))).toMatchObject({
			code: 'conflict'
		});
		// Known now: links no longer hold their posts.
		expect(
			(await replyToThread(work(newcomer), address, { body: 'See https://example.org' })).status
		).toBe('visible');
	});

	it('holds a newcomer’s thread with links as a whole; rejecting hides it', async () => {
		const newcomer = await makeUser(db(), 'Fresh Face', { organization: KOIDU });
		const made = await startThread(work(newcomer), WASTE, {
			title: 'Great offer',
			body: '<https://spam.example>'
		});
		expect(made.status).toBe('held');
		const address = { slug: WASTE, threadId: made.threadId };
		expect(await failure(getThread(read(other), address))).toMatchObject({ code: 'not_found' });
		expect((await getThread(read(newcomer), address)).thread.status).toBe('held');
		expect(
			(await listRecentThreads(read(visitor), await clusterId(WASTE), 50)).map((card) => card.id)
		).not.toContain(made.threadId);
		const rejecting = work(curator);
		await moderatePost(rejecting, made.postId, 'reject', { note: 'Advertising' });
		expect(rejecting.events).toEqual([]);
		const seen = await getThread(read(newcomer), address);
		expect(seen.thread.status).toBe('hidden');
		expect(seen.posts.data[0]).toMatchObject({ status: 'hidden', moderationNote: 'Advertising' });
	});

	it('never holds coordinators or staff, links or not', async () => {
		const freshCoordinator = await makeUser(db(), 'Fresh Coordinator', {
			organization: UNOSSC,
			organizationRole: 'editor'
		});
		const freshCurator = await makeUser(db(), 'Fresh Curator', { role: 'curator' });
		for (const actor of [freshCoordinator, freshCurator]) {
			const made = await startThread(work(actor), WASTE, {
				title: 'Resources',
				body: 'See https://unossc.org'
			});
			expect(made.status).toBe('visible');
		}
	});

	it('stores attachments checked by their content, and refuses bad ones naming the field', async () => {
		const context = work(member);
		const { threadId } = await thread('Photos');
		const address = { slug: WASTE, threadId };
		const before = await count('discussion_attachments');
		const reply = await replyToThread(context, address, {
			body: 'Our sorting line',
			files: [
				{ name: 'line.PNG', bytes: samplePng(4, 3) },
				{ name: '../../plan.pdf.exe', bytes: samplePdf() },
				{ name: '', bytes: new Uint8Array() }
			]
		});
		const post = (await getThread(read(visitor), address)).posts.data.find(
			(item) => item.id === reply.postId
		)!;
		expect(post.attachments).toMatchObject([
			{ fileName: 'line.png', mediaType: 'image/png', kind: 'image' },
			{ fileName: 'plan.pdf.pdf', mediaType: 'application/pdf', kind: 'pdf' }
		]);
		expect(post.attachments[0]!.href).toBe(
			`/clusters/${WASTE}/discussions/${threadId}/attachments/${post.attachments[0]!.id}`
		);
		const keys = await db()
			.selectFrom('discussion_attachments')
			.select('storage_key')
			.where('post_id', '=', reply.postId)
			.execute();
		for (const { storage_key } of keys)
			expect(await context.storage.open(storage_key)).not.toBeNull();

		const html = new TextEncoder().encode('<script>alert(1)</script>');
		const refused = await failure(
			replyToThread(context, address, {
				body: 'Look',
				files: [{ name: 'photo.png', bytes: html }]
			})
		);
		expect(refused).toMatchObject({ code: 'invalid_input', fields: ['attachments'] });
		expect(
			await failure(
				replyToThread(context, address, {
					body: 'Many',
					files: Array.from({ length: 6 }, (_, index) => ({
						name: `${index}.png`,
						bytes: samplePng()
					}))
				})
			)
		).toMatchObject({ code: 'invalid_input', fields: ['attachments'] });
		expect(
			await failure(
				replyToThread(context, address, {
					body: 'Huge',
					files: [{ name: 'big.pdf', bytes: new Uint8Array(MAX_POST_FILE_BYTES + 1) }]
				})
			)
		).toMatchObject({ code: 'invalid_input', fields: ['attachments'] });
		expect(await count('discussion_attachments')).toBe(before + 2);
	});

	it('refuses posting beyond the limit with 429 and a clear message, writing nothing', async () => {
		const limiter = createRateLimiter({ dialect: 'sqlite' }, `test-posting-${dialect}`, {
			points: 2,
			durationSeconds: 600
		});
		const { threadId } = await thread('Busy');
		const context = discussionContext(db(), other, { postingLimiters: [limiter] });
		const address = { slug: WASTE, threadId };
		await replyToThread(context, address, { body: 'one' });
		await replyToThread(context, address, { body: 'two' });
		const before = await count('discussion_posts');
		const refused = await failure(replyToThread(context, address, { body: 'three' }));
		expect(refused).toMatchObject({
			code: 'rate_limited',
			message: expect.stringContaining('posting too fast')
		});
		expect(
			await failure(startThread(context, WASTE, { title: 'Four', body: 'four' }))
		).toMatchObject({
			code: 'rate_limited'
		});
		expect(await count('discussion_posts')).toBe(before);
	});
});
