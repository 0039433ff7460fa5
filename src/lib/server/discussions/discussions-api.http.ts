import type { RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { apiCreateRoute, readJsonObject } from '../http/api.ts';
import { invalidInput } from '../http/errors.ts';
import { parseInput } from '../http/query.ts';
import type { DiscussionContext } from './discussions-context.ts';
import { recordIdSchema } from './discussions.schema.ts';
import { replyToThread, startThread } from './posts.service.ts';
import { getPost, getThread } from './threads.service.ts';

/** A numeric id from the address, named after its parameter when it is bad (`/threads/abc` → 400). */
export function idParam(params: Partial<Record<string, string>>, name: string): number {
	return parseInput(z.object({ [name]: recordIdSchema }), { [name]: params[name] })[name]!;
}

/**
 * A POST of the JSON API that makes a record: 201 with the record, and its address in
 * `Location`. The handler answers both.
 */
export function apiCreateRouteWithLocation(
	handler: (event: RequestEvent) => Promise<{ data: unknown; location: string }>
) {
	return async (event: RequestEvent): Promise<Response> => {
		let location: string | null = null;
		const response = await apiCreateRoute(async (inner) => {
			const { data, location: made } = await handler(inner);
			location = made;
			return { data };
		})(event);
		if (response.status === 201 && location !== null) response.headers.set('location', location);
		return response;
	};
}

/** A JSON body for a post: text fields only (files are posted through the page's form). */
export async function readPostJson(request: Request): Promise<Record<string, unknown>> {
	const body = await readJsonObject(request);
	const problems = ['title', 'body', 'kind']
		.filter((name) => body[name] !== undefined && typeof body[name] !== 'string')
		.map((name) => ({ field: name, reason: 'must be a string' }));
	if (problems.length > 0) throw invalidInput(problems);
	return body;
}

/**
 * `POST /api/v1/clusters/{slug}/threads`: `{"title","body","kind"}` → the new thread, and where
 * the API serves it.
 */
export async function createThreadFromJson(
	context: DiscussionContext,
	slug: string,
	request: Request
): Promise<{ data: unknown; location: string }> {
	const input = await readPostJson(request);
	const made = await startThread(context, slug, input);
	return {
		data: await getThread(context, { threadId: made.threadId }),
		location: `/api/v1/threads/${made.threadId}`
	};
}

/** `POST /api/v1/threads/{id}/posts`: `{"body"}` → the new post, and where the API serves it. */
export async function replyFromJson(
	context: DiscussionContext,
	threadId: number,
	request: Request
): Promise<{ data: unknown; location: string }> {
	const input = await readPostJson(request);
	const made = await replyToThread(context, { threadId }, { body: input.body });
	return {
		data: await getPost(context, threadId, made.postId),
		location: `/api/v1/threads/${threadId}/posts/${made.postId}`
	};
}
