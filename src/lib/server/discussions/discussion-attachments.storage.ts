import type { DetectedType } from '../solutions/solution-attachments.files.ts';
import {
	localAttachmentStorage,
	newUploadKey,
	uploadsDirectory,
	type AttachmentStorage
} from '../solutions/solution-attachments.storage.ts';

/**
 * Files attached to posts, kept by the uploads storage (atomic writes, checked keys) under
 * `UPLOADS_DIR` with keys `discussions/<post id>/<32 hex digits>.<extension>`.
 */
export function discussionAttachmentStorage(root: string = uploadsDirectory()): AttachmentStorage {
	return localAttachmentStorage(root);
}

/** A new, unguessable key for a file of a post. */
export function newDiscussionAttachmentKey(
	postId: number,
	extension: DetectedType['extension']
): string {
	return newUploadKey('discussions', postId, extension);
}
