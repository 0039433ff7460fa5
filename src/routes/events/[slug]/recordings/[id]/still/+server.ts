import { plainErrorResponse } from '#lib/server/clusters/clusters-form.http.ts';
import { outcomeIdSchema } from '#lib/server/events/event-outcomes.schema.ts';
import { openRecordingStill } from '#lib/server/events/event-outcomes.service.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { localAttachmentStorage } from '#lib/server/solutions/solution-attachments.storage.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { RequestHandler } from './$types';

/**
 * The still of a recording, from our own origin so that the event page asks nothing of the video
 * site: the image the organizers uploaded (its type checked on upload, never sniffed), or a
 * poster made from the title. An uploaded still never changes at its address, so caches keep it
 * a day; a poster follows the event's title, so caches check it again (ETag).
 */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	try {
		const still = await openRecordingStill(
			{ ...locals, storage: localAttachmentStorage() },
			parseInput(slugSchema, params.slug),
			parseInput(outcomeIdSchema, params.id)
		);
		const headers = new Headers({
			'x-content-type-options': 'nosniff',
			// An SVG opened on its own is a document: nothing runs or loads in it.
			'content-security-policy': "default-src 'none'; sandbox",
			etag: still.etag
		});
		if (still.kind === 'poster') {
			headers.set('content-type', 'image/svg+xml; charset=utf-8');
			headers.set('cache-control', 'public, max-age=300, must-revalidate');
		} else {
			headers.set('content-type', still.mediaType);
			headers.set('cache-control', 'public, max-age=86400');
			headers.set('content-disposition', `inline; filename="${still.fileName}"`);
		}
		if (request.headers.get('if-none-match') === still.etag) {
			if (still.kind === 'file') await still.stream.cancel();
			return new Response(null, { status: 304, headers });
		}
		if (still.kind === 'poster') return new Response(still.svg, { headers });
		headers.set('content-length', String(still.byteSize));
		return new Response(still.stream, { headers });
	} catch (error) {
		return plainErrorResponse(error);
	}
};
