import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { notFound } from '../http/errors.ts';
import { newUploadKey, type AttachmentStorage } from '../solutions/solution-attachments.storage.ts';
import type { CheckedFile } from './discussion-attachments.files.ts';
import { findAttachmentInThread, insertAttachments } from './discussion-attachments.repository.ts';
import { canReadPost } from './discussions.policy.ts';
import { loadReadableThread } from './thread-access.ts';

/**
 * Writes the files of a new post inside the post's transaction, remembering what it wrote so
 * that a transaction that fails afterwards leaves no file behind (`discard`).
 */
export function postFileWriter(storage: AttachmentStorage) {
	const written: string[] = [];
	return {
		async attach(
			trx: Kysely<Database>,
			postId: number,
			files: readonly CheckedFile[],
			now: string
		): Promise<void> {
			const rows = files.map((file) => ({
				post_id: postId,
				storage_key: newUploadKey('discussions', postId, file.type.extension),
				file_name: file.fileName,
				media_type: file.type.mediaType,
				byte_size: file.bytes.length,
				created_at: now
			}));
			await insertAttachments(trx, rows);
			// Last, inside the transaction: a failed write rolls the rows back.
			for (const [index, row] of rows.entries()) {
				await storage.write(row.storage_key, files[index]!.bytes);
				written.push(row.storage_key);
			}
		},
		async discard(): Promise<void> {
			await Promise.all(written.map((key) => storage.remove(key).catch(() => undefined)));
		}
	};
}

export interface OpenedPostFile {
	stream: ReadableStream<Uint8Array>;
	byteSize: number;
	mediaType: string;
	kind: 'image' | 'pdf';
	fileName: string;
	/** Anyone may read it (its post is visible), so shared caches may keep it. */
	isPublic: boolean;
}

/**
 * A file of a post, for anyone who may read the post; any other case (an unknown id, a file of
 * another thread, a post the reader may not see) is a 404.
 */
export async function openPostFile(
	context: ReadContext & { storage: AttachmentStorage },
	address: { slug: string; threadId: number },
	attachmentId: number
): Promise<OpenedPostFile> {
	const { standing, thread } = await loadReadableThread(context, address);
	const row = await findAttachmentInThread(context.db, thread.id, attachmentId);
	if (
		!row ||
		!canReadPost(context.actor, standing, {
			status: row.post_status,
			author_user_id: row.author_user_id
		})
	) {
		throw notFound('attachment');
	}
	const file = await context.storage.open(row.storage_key);
	if (!file) {
		console.error(
			'Attachment %d of post %d has no file (%s)',
			row.id,
			row.post_id,
			row.storage_key
		);
		throw notFound('attachment');
	}
	return {
		stream: file.stream,
		byteSize: file.size,
		mediaType: row.media_type,
		kind: row.media_type === 'application/pdf' ? 'pdf' : 'image',
		fileName: row.file_name,
		isPublic: row.post_status === 'visible' && thread.status === 'visible'
	};
}
