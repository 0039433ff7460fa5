import type { DetectedType } from '../solutions/solution-attachments.files.ts';
import {
	localAttachmentStorage,
	newUploadKey,
	uploadsDirectory,
	type AttachmentStorage
} from '../solutions/solution-attachments.storage.ts';

/**
 * Where cluster files are kept: the uploads storage (atomic writes, keys that cannot leave their
 * folder), under `UPLOADS_DIR` with keys `clusters/<cluster id>/<random>.<ext>`.
 */
export function clusterResourceStorage(root: string = uploadsDirectory()): AttachmentStorage {
	return localAttachmentStorage(root);
}

/** A new, unguessable key for one cluster's file. */
export function newResourceKey(clusterId: number, extension: DetectedType['extension']): string {
	return newUploadKey('clusters', clusterId, extension);
}
