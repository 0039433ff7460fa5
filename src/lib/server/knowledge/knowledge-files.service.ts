import type { ReadContext } from '../context.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { contentDisposition } from '../solutions/solution-attachments.files.ts';
import type { AttachmentStorage } from '../solutions/solution-attachments.storage.ts';
import { findKnowledgeRowBySlug } from './knowledge-editor.repository.ts';
import { canReadKnowledge } from './knowledge.policy.ts';
import { uploadVersion } from './knowledge.presenter.ts';

export interface OpenedKnowledgeFile {
	stream: ReadableStream<Uint8Array>;
	byteSize: number;
	mediaType: string;
	/** The `Content-Disposition` value: inline, under the file's safe name. */
	disposition: string;
	/** Changes whenever the bytes do (a new upload gets a new key). */
	etag: string;
}

const COVER_TYPES: Record<string, string> = {
	webp: 'image/webp',
	png: 'image/png',
	jpg: 'image/jpeg'
};

/**
 * A product's PDF (`file`) or cover image (`cover`), for anyone who may read knowledge products;
 * 404 when the product has none.
 */
export async function openKnowledgeFile(
	context: ReadContext & { storage: AttachmentStorage },
	slug: string,
	which: 'file' | 'cover'
): Promise<OpenedKnowledgeFile> {
	if (!canReadKnowledge(context.actor)) throw forbidden();
	const row = await findKnowledgeRowBySlug(context.db, slug);
	const key = which === 'file' ? row?.storage_key : row?.cover_key;
	if (!row || !key) throw notFound('file');
	const file = await context.storage.open(key);
	if (!file) {
		console.error('Knowledge product %d has no %s (%s)', row.id, which, key);
		throw notFound('file');
	}
	const extension = key.replace(/^.*\./, '');
	const name =
		which === 'file' ? (row.file_name ?? `${row.slug}.pdf`) : `${row.slug}-cover.${extension}`;
	return {
		stream: file.stream,
		byteSize: file.size,
		mediaType:
			which === 'file' ? 'application/pdf' : (COVER_TYPES[extension] ?? 'application/octet-stream'),
		disposition: contentDisposition('inline', name),
		etag: `"${uploadVersion(key)}"`
	};
}
