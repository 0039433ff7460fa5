import { openResourceFile } from '#lib/server/clusters/cluster-resources.service.ts';
import { localAttachmentStorage } from '#lib/server/solutions/solution-attachments.storage.ts';
import { clusterSlugOf, plainErrorResponse } from '#lib/server/clusters/clusters-form.http.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { contentDisposition } from '#lib/server/solutions/solution-attachments.files.ts';
import { resourceIdSchema } from '#lib/server/clusters/cluster-resources.schema.ts';
import type { RequestHandler } from './$types';

/**
 * Serves a cluster's file as it was checked on upload: its real type, never sniffed by the
 * browser, under its safe name. A PDF runs sandboxed (no scripts, no forms, its own origin).
 * Resources are public and the bytes at an address never change, so caches may keep them a day.
 */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	try {
		const file = await openResourceFile(
			{ ...locals, storage: localAttachmentStorage() },
			clusterSlugOf(params),
			parseInput(resourceIdSchema, params.id)
		);
		const headers = new Headers({
			'content-type': file.mediaType,
			'x-content-type-options': 'nosniff',
			'content-disposition': contentDisposition('inline', file.fileName),
			'cache-control': 'public, max-age=86400',
			'content-security-policy': file.type === 'pdf' ? 'sandbox' : "default-src 'none'",
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
