import { isDomainError, toHttpStatus } from '#lib/server/http/errors.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { contentDisposition } from '#lib/server/solutions/solution-attachments.files.ts';
import { attachmentIdSchema } from '#lib/server/solutions/solution-attachments.schema.ts';
import { openAttachment } from '#lib/server/solutions/solution-attachments.service.ts';
import { localAttachmentStorage } from '#lib/server/solutions/solution-attachments.storage.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { RequestHandler } from './$types';

/**
 * Serves an attached file as it was checked on upload: its real type, never sniffed by the
 * browser, shown inline under a safe name. A PDF runs sandboxed (no scripts, no forms, its own
 * origin), so a crafted document cannot act on the platform. Public files may be cached for a
 * day (the bytes at an address never change); files of unpublished solutions never are.
 */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	try {
		const file = await openAttachment(
			{ ...locals, storage: localAttachmentStorage() },
			parseInput(slugSchema, params.slug),
			parseInput(attachmentIdSchema, params.id),
			params.name
		);
		const etag = `"${file.sha256}"`;
		const headers = new Headers({
			'content-type': file.mediaType,
			'x-content-type-options': 'nosniff',
			'content-disposition': contentDisposition('inline', file.fileName),
			'cache-control': file.isPublic ? 'public, max-age=86400' : 'private, no-store',
			'content-security-policy': file.kind === 'pdf' ? 'sandbox' : "default-src 'none'",
			etag
		});
		// Files not yet public may not be read by other sites' pages, even as an <img>.
		if (!file.isPublic) headers.set('cross-origin-resource-policy', 'same-origin');
		if (request.headers.get('if-none-match') === etag) {
			await file.stream.cancel();
			return new Response(null, { status: 304, headers });
		}
		headers.set('content-length', String(file.byteSize));
		return new Response(file.stream, { headers });
	} catch (error) {
		if (!isDomainError(error)) throw error;
		// Any refusal reads as "no such file": a bad id, a wrong name, an unreadable solution.
		const status = error.code === 'invalid_input' ? 404 : toHttpStatus(error.code);
		return new Response(`${error.message}\n`, {
			status,
			headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
		});
	}
};
