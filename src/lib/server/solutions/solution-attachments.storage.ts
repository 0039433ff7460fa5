import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { dataDirectory } from '../config/paths.ts';
import type { DetectedType } from './solution-attachments.files.ts';

/**
 * Where attachment bytes are kept. Local disk today (under the data directory, so a backup of
 * `data/` holds them); an S3-compatible store can implement the same interface later. Several
 * app servers need a shared `data/uploads` (a network volume) until then.
 */
export interface AttachmentStorage {
	/** Writes a new file, complete or not at all; never replaces an existing one. */
	write(key: string, bytes: Uint8Array): Promise<void>;
	/** The file's bytes as a web stream, with its size; null when it is missing. */
	open(key: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null>;
	/** The first `length` bytes of a file (fewer if it is shorter); null when it is missing. */
	head(key: string, length: number): Promise<Uint8Array | null>;
	/** Removes a file; a missing file is not an error. */
	remove(key: string): Promise<void>;
}

/** What an uploaded file belongs to: the first folder of its key. */
export type UploadFolder = 'solutions' | 'clusters' | 'discussions' | 'events' | 'knowledge';

const KEY =
	/^(?:solutions|clusters|discussions|events|knowledge)\/\d+\/[0-9a-f]{32}\.(?:jpg|png|webp|pdf)$/;

/**
 * A new, unguessable key: `<folder>/<owner id>/<32 hex digits>.<extension>`, e.g. a solution's
 * attachment `solutions/12/…pdf`, a cluster's resource `clusters/3/…`, a post's file
 * `discussions/<post id>/…`.
 */
export function newUploadKey(
	folder: UploadFolder,
	ownerId: number,
	extension: DetectedType['extension']
): string {
	return `${folder}/${ownerId}/${randomBytes(16).toString('hex')}.${extension}`;
}

/** A new key for a solution's attachment. */
export function newAttachmentKey(solutionId: number, extension: DetectedType['extension']): string {
	return newUploadKey('solutions', solutionId, extension);
}

/**
 * Where uploaded files are kept: `UPLOADS_DIR` when set (a shared volume, or a temporary folder
 * in tests), else `data/uploads` under the data directory (ignored by git).
 */
export function uploadsDirectory(): string {
	return process.env.UPLOADS_DIR || join(dataDirectory(), 'uploads');
}

/** Files on the local disk, under `root`. */
export function localAttachmentStorage(root: string = uploadsDirectory()): AttachmentStorage {
	const base = resolve(root);
	const pathOf = (key: string) => {
		// Keys are made by newAttachmentKey; anything else (a crafted row, "..") is refused.
		const path = resolve(base, key);
		if (!KEY.test(key) || !path.startsWith(base + sep)) {
			throw new Error(`Not an attachment storage key: ${key}`);
		}
		return path;
	};
	return {
		async write(key, bytes) {
			const path = pathOf(key);
			await mkdir(dirname(path), { recursive: true });
			// Written beside, flushed, then renamed: readers never see half a file.
			const temporary = `${path}.${randomBytes(6).toString('hex')}.part`;
			const handle = await open(temporary, 'wx', 0o640);
			try {
				await handle.writeFile(bytes);
				await handle.sync();
			} catch (error) {
				await handle.close();
				await rm(temporary, { force: true });
				throw error;
			}
			await handle.close();
			try {
				await rename(temporary, path);
			} catch (error) {
				await rm(temporary, { force: true });
				throw error;
			}
		},
		async open(key) {
			const path = pathOf(key);
			try {
				const info = await stat(path);
				if (!info.isFile()) return null;
				const stream = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
				return { stream, size: info.size };
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
				throw error;
			}
		},
		async head(key, length) {
			const path = pathOf(key);
			try {
				const handle = await open(path, 'r');
				try {
					const buffer = new Uint8Array(length);
					const { bytesRead } = await handle.read(buffer, 0, length, 0);
					return buffer.subarray(0, bytesRead);
				} finally {
					await handle.close();
				}
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
				throw error;
			}
		},
		async remove(key) {
			await rm(pathOf(key), { force: true });
		}
	};
}
