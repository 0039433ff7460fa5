import { openPostFile } from '#lib/server/discussions/discussion-attachments.service.ts';
import { localAttachmentStorage } from '#lib/server/solutions/solution-attachments.storage.ts';
import { threadAddressOf } from '#lib/server/discussions/discussions-form.http.ts';
import { recordIdSchema } from '#lib/server/discussions/discussions.schema.ts';
import { isDomainError, toHttpStatus } from '#lib/server/http/errors.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { contentDisposition } from '#lib/server/solutions/solution-attachments.files.ts';
import type { RequestHandler } from './$types';

/**
 * A file of a post, as it was checked on upload: its real type, never sniffed by the browser,
 * under its safe name; images shown inline, PDFs downloaded. Files of visible posts may be
 * cached (the bytes at an address never change); files of held or hidden posts never are.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const file = await openPostFile(
			{ ...locals, storage: localAttachmentStorage() },
			threadAddressOf(params),
			parseInput(recordIdSchema, params.id)
		);
		const headers = new Headers({
			'content-type': file.mediaType,
			'content-length': String(file.byteSize),
			'x-content-type-options': 'nosniff',
			'content-disposition': contentDisposition(
				file.kind === 'image' ? 'inline' : 'attachment',
				file.fileName
			),
			'cache-control': file.isPublic ? 'public, max-age=86400' : 'private, no-store',
			'content-security-policy': file.kind === 'pdf' ? 'sandbox' : "default-src 'none'"
		});
		if (!file.isPublic) headers.set('cross-origin-resource-policy', 'same-origin');
		return new Response(file.stream, { headers });
	} catch (error) {
		if (!isDomainError(error)) throw error;
		// Any refusal reads as "no such file": a bad id, another thread's file, an unreadable post.
		const status = error.code === 'invalid_input' ? 404 : toHttpStatus(error.code);
		return new Response(`${error.message}\n`, {
			status,
			headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
		});
	}
};
