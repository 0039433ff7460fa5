import { apiCreateRouteWithLocation } from '#lib/server/discussions/discussions-api.http.ts';
import { addRecording, getEventOutcomes } from '#lib/server/events/event-outcomes.service.ts';
import { MAX_RECORDINGS_PER_EVENT } from '#lib/server/events/event-outcomes.schema.ts';
import { apiRoute, readJsonObject } from '#lib/server/http/api.ts';
import { invalidInput } from '#lib/server/http/errors.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { localAttachmentStorage } from '#lib/server/solutions/solution-attachments.storage.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { RequestHandler } from './$types';

/**
 * An event's recordings, in their order, with their players and stills: one page holds them
 * all (an event has at most MAX_RECORDINGS_PER_EVENT).
 */
export const GET: RequestHandler = apiRoute(async ({ locals, params }) => {
	const { recordings } = await getEventOutcomes(locals, parseInput(slugSchema, params.slug));
	return {
		data: recordings,
		page: 1,
		pageSize: MAX_RECORDINGS_PER_EVENT,
		total: recordings.length
	};
});

const FIELDS = ['language', 'title', 'url', 'duration'] as const;

/**
 * Adds a recording by its video's address (the event's organizers, with a read-write token):
 * `{"language":"en","url":"https://youtu.be/…","title"?,"duration"?:"1:02:03"}`. 201 with the
 * recording; `Location` is the event's list of recordings. Stills are uploaded on the page.
 */
export const POST: RequestHandler = apiCreateRouteWithLocation(
	async ({ locals, params, request }) => {
		const slug = parseInput(slugSchema, params.slug);
		const body = await readJsonObject(request);
		const problems = FIELDS.filter(
			(name) => body[name] !== undefined && body[name] !== null && typeof body[name] !== 'string'
		).map((name) => ({ field: name, reason: 'must be a string' }));
		if (problems.length > 0) throw invalidInput(problems);
		const text = (name: (typeof FIELDS)[number]) =>
			typeof body[name] === 'string' ? body[name] : undefined;
		const recording = await addRecording({ ...locals, storage: localAttachmentStorage() }, slug, {
			language: text('language'),
			title: text('title'),
			url: text('url'),
			duration: text('duration')
		});
		return { data: recording, location: `/api/v1/events/${slug}/recordings` };
	}
);
