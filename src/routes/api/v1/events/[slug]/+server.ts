import { updateEvent } from '#lib/server/events/event-editor.service.ts';
import { fillFreedPlaces } from '#lib/server/events/registrations.service.ts';
import { getEvent } from '#lib/server/events/events.service.ts';
import { apiRoute, readJsonObject } from '#lib/server/http/api.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { jobQueue, mailingContext } from '#lib/server/runtime.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await getEvent(locals, parseInput(slugSchema, params.slug))
}));

/**
 * Replaces every editable field of the event and its agenda (PUT: a field left out is emptied,
 * as with the form; the body is the one POST /api/v1/events takes). Curators, admins and editors
 * of a hosting organization, with a read-write token. A raised capacity promotes waitlisted
 * people in the same transaction.
 */
export const PUT: RequestHandler = apiRoute(async ({ locals, params, request }) => {
	const slug = parseInput(slugSchema, params.slug);
	const { origin } = mailingContext(locals);
	await updateEvent(locals, slug, await readJsonObject(request), async (trx, eventId) => {
		await fillFreedPlaces(trx, eventId, new Date(), jobQueue(), origin);
	});
	return { data: await getEvent(locals, slug) };
});
