import { plainErrorResponse } from '#lib/server/clusters/clusters-form.http.ts';
import { outcomeIdSchema } from '#lib/server/events/event-outcomes.schema.ts';
import { openEventDocument } from '#lib/server/events/event-outcomes.service.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { contentDisposition } from '#lib/server/solutions/solution-attachments.files.ts';
import { localAttachmentStorage } from '#lib/server/solutions/solution-attachments.storage.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { RequestHandler } from './$types';

/**
 * A document presented at an event, as it was checked on upload: its real type, never sniffed
 * by the browser, under its safe name. A PDF runs sandboxed (no scripts, no forms, its own
 * origin). Events are public and the bytes at an address never change: caches keep them a day.
 */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	try {
		const file = await openEventDocument(
			{ ...locals, storage: localAttachmentStorage() },
			parseInput(slugSchema, params.slug),
			parseInput(outcomeIdSchema, params.id)
		);
		const headers = new Headers({
			'content-type': file.mediaType,
			'x-content-type-options': 'nosniff',
			'content-disposition': contentDisposition('inline', file.fileName),
			'cache-control': 'public, max-age=86400',
			'content-security-policy':
				file.mediaType === 'application/pdf' ? 'sandbox' : "default-src 'none'",
			etag: file.etag
		});
		if (request.headers.get('if-none-match') === file.etag) {
			await file.stream.cancel();
			return new Response(null, { status: 304, headers });
		}
		headers.set('content-length', String(file.byteSize));
		return new Response(file.stream, { headers });
	} catch (error) {
		return plainErrorResponse(error);
	}
};
