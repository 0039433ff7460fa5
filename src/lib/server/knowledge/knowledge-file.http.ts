import type { RequestEvent } from '@sveltejs/kit';
import { plainErrorResponse } from '../clusters/clusters-form.http.ts';
import { localAttachmentStorage } from '../solutions/solution-attachments.storage.ts';
import { openKnowledgeFile } from './knowledge-files.service.ts';
import { knowledgeSlugOf } from './knowledge-form.http.ts';

/**
 * Serves a product's PDF or cover as it was checked on upload: its real type, never sniffed by
 * the browser, inline under its safe name. A PDF runs sandboxed (no scripts, no forms, its own
 * origin). The bytes at an address never change (a new upload gets a new key and `?v=`), so
 * caches may keep them a day.
 */
export async function serveKnowledgeFile(
	{ locals, params, request }: Pick<RequestEvent, 'locals' | 'params' | 'request'>,
	which: 'file' | 'cover'
): Promise<Response> {
	try {
		const file = await openKnowledgeFile(
			{ ...locals, storage: localAttachmentStorage() },
			knowledgeSlugOf(params),
			which
		);
		const headers = new Headers({
			'content-type': file.mediaType,
			'x-content-type-options': 'nosniff',
			'content-disposition': file.disposition,
			'cache-control': 'public, max-age=86400',
			'content-security-policy': which === 'file' ? 'sandbox' : "default-src 'none'",
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
}
