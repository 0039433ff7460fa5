import type { RequestEvent } from '@sveltejs/kit';
import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import {
	apiCreateRouteWithLocation,
	createThreadFromJson,
	replyFromJson
} from './discussions-api.http.ts';
import { discussionContext, KOIDU, makeUser, WASTE, type User } from './discussions.fixtures.ts';
import { setThreadFlag } from './moderation.service.ts';

/** A POST with a JSON body, as the API receives it (the token was checked by the hook). */
const jsonPost = (body: unknown) =>
	({
		request: new Request('http://galaxy.test/api', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: typeof body === 'string' ? body : JSON.stringify(body)
		})
	}) as RequestEvent;

describeOnDialects('the discussions API', 'demo', (db) => {
	let member: User;
	let outsider: User;
	let curator: User;

	it('sets the people up', async () => {
		member = await makeUser(db(), 'Api Member', { organization: KOIDU });
		outsider = await makeUser(db(), 'Api Outsider');
		curator = await makeUser(db(), 'Api Curator', { role: 'curator' });
		expect(member.userId).toBeGreaterThan(0);
	});

	const startAs = (user: User) =>
		apiCreateRouteWithLocation((event) =>
			createThreadFromJson(discussionContext(db(), user), WASTE, event.request)
		);
	const replyAs = (user: User, threadId: number) =>
		apiCreateRouteWithLocation((event) =>
			replyFromJson(discussionContext(db(), user), threadId, event.request)
		);

	it('starts a thread: 201, the thread, and its address in Location', async () => {
		const response = await startAs(member)(jsonPost({ title: 'Via the API', body: 'Hello *all*' }));
		expect(response.status).toBe(201);
		const { data } = await response.json();
		expect(response.headers.get('location')).toBe(`/api/v1/threads/${data.thread.id}`);
		expect(data).toMatchObject({
			cluster: { slug: WASTE },
			thread: { title: 'Via the API', kind: 'discussion', status: 'visible' },
			posts: { total: 1, data: [{ body: 'Hello *all*', html: '<p>Hello <em>all</em></p>\n' }] }
		});
	});

	it('replies: 201 with the post; 409 with the reason in a locked thread', async () => {
		const started = await (
			await startAs(member)(jsonPost({ title: 'Replies', body: 'Go' }))
		).json();
		const threadId: number = started.data.thread.id;
		const response = await replyAs(member, threadId)(jsonPost({ body: 'First reply' }));
		expect(response.status).toBe(201);
		const { data } = await response.json();
		expect(response.headers.get('location')).toBe(`/api/v1/threads/${threadId}/posts/${data.id}`);
		expect(data).toMatchObject({ body: 'First reply', mine: true, status: 'visible' });

		await setThreadFlag(
			discussionContext(db(), curator),
			{ slug: WASTE, threadId },
			'locked',
			true
		);
		const locked = await replyAs(member, threadId)(jsonPost({ body: 'Too late' }));
		expect(locked.status).toBe(409);
		expect(locked.headers.get('location')).toBeNull();
		expect((await locked.json()).error).toMatchObject({
			code: 'conflict',
			message: 'This thread is locked: replies are closed.'
		});
	});

	it('refuses outsiders (403) and bad bodies (400 naming the field)', async () => {
		expect((await startAs(outsider)(jsonPost({ title: 'Hello', body: 'Hi' }))).status).toBe(403);
		const wrongType = await startAs(member)(jsonPost({ title: 7, body: 'Hi' }));
		expect(wrongType.status).toBe(400);
		expect((await wrongType.json()).error.details).toEqual([
			{ field: 'title', reason: 'must be a string' }
		]);
		const notJson = await startAs(member)(jsonPost('title=x'));
		expect(notJson.status).toBe(400);
		const empty = await startAs(member)(jsonPost({ title: 'Hello', body: '' }));
		expect((await empty.json()).error.details).toMatchObject([{ field: 'body' }]);
		expect((await replyAs(member, 999_999)(jsonPost({ body: 'Hi' }))).status).toBe(404);
	});
});
