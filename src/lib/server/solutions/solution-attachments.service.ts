import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { invalidInput, notFound, type FieldProblem } from '../http/errors.ts';
import {
	detectFileType,
	readImageSize,
	sanitizeFileName,
	type DetectedType
} from './solution-attachments.files.ts';
import { presentAttachment, type AttachmentView } from './solution-attachments.presenter.ts';
import {
	countAttachments,
	deleteAttachment,
	findAttachment,
	findAttachmentsOf,
	insertAttachment,
	lockSolutionForAttachments,
	type SolutionAttachmentRow
} from './solution-attachments.repository.ts';
import {
	captionSchema,
	MAX_ATTACHMENT_BYTES,
	MAX_ATTACHMENTS_PER_SOLUTION,
	UploadTooLargeError,
	type UploadedFile
} from './solution-attachments.schema.ts';
import { newAttachmentKey, type AttachmentStorage } from './solution-attachments.storage.ts';
import {
	loadSolutionPermissions,
	refuse,
	type SolutionWriteContext
} from './solution-translations.service.ts';
import type { SolutionRow } from './solutions.repository.ts';

export interface AttachmentContext extends SolutionWriteContext {
	storage: AttachmentStorage;
}

/** Enough of an image's start to find its pixel size in the header. */
const IMAGE_HEADER_BYTES = 64 * 1024;

async function loadEditableSolution(
	context: SolutionWriteContext,
	slug: string
): Promise<SolutionRow> {
	const access = await loadSolutionPermissions(context.db, context.actor, slug);
	if (!access.canEdit) refuse(context.actor, 'change its attachments');
	return access.solution;
}

/**
 * The attachments of one solution, ready to show: images with their pixel size read from the
 * stored file's header (so the page can set width and height).
 */
export async function presentAttachmentsOf(
	db: Kysely<Database>,
	storage: AttachmentStorage,
	solution: Pick<SolutionRow, 'id' | 'slug'>
): Promise<AttachmentView[]> {
	const rows = await findAttachmentsOf(db, [solution.id]);
	return Promise.all(
		rows.map(async (row) => {
			const head =
				row.kind === 'image' ? await storage.head(row.storage_key, IMAGE_HEADER_BYTES) : null;
			return presentAttachment(solution.slug, row, head ? readImageSize(head) : null);
		})
	);
}

export interface AttachmentManager {
	solution: { slug: string; title: string; language: string };
	attachments: AttachmentView[];
	limits: { maxBytes: number; maxCount: number };
	/** How many more files may be added. */
	remaining: number;
}

/** The attachments page of one solution, for those who may change it. */
export async function getAttachmentManager(
	context: ReadContext & { storage: AttachmentStorage },
	slug: string
): Promise<AttachmentManager> {
	const solution = await loadEditableSolution(context, slug);
	const attachments = await presentAttachmentsOf(context.db, context.storage, solution);
	return {
		solution: { slug: solution.slug, title: solution.title, language: solution.language },
		attachments,
		limits: { maxBytes: MAX_ATTACHMENT_BYTES, maxCount: MAX_ATTACHMENTS_PER_SOLUTION },
		remaining: Math.max(0, MAX_ATTACHMENTS_PER_SOLUTION - attachments.length)
	};
}

/** Checks an upload by its content: what it really is, or what is wrong with it. */
function inspectUpload(file: UploadedFile | null): DetectedType | FieldProblem {
	if (!file || (file.bytes.length === 0 && file.name === '')) {
		return { field: 'file', reason: 'choose a file to upload' };
	}
	if (file.bytes.length === 0) return { field: 'file', reason: 'is empty' };
	if (file.bytes.length > MAX_ATTACHMENT_BYTES) {
		throw new UploadTooLargeError('file', MAX_ATTACHMENT_BYTES);
	}
	const type = detectFileType(file.bytes);
	if (!type) {
		return {
			field: 'file',
			reason: 'must be a JPEG, PNG or WebP image or a PDF document (this file is not)'
		};
	}
	if (type.kind === 'image' && !readImageSize(file.bytes)) {
		return { field: 'file', reason: 'is not a readable image (its header is broken)' };
	}
	return type;
}

/**
 * Attaches a file to a solution. The file is checked by its content (JPEG, PNG, WebP or PDF),
 * size and the solution's count limit; its name is sanitized. The row and the file are written
 * together: if the database refuses, the file is removed; if the file cannot be written, the
 * row is rolled back.
 * @example await addAttachment({ db, actor, storage }, slug, { file: { name, bytes }, caption: '' })
 */
export async function addAttachment(
	context: AttachmentContext,
	slug: string,
	input: { file: UploadedFile | null; caption: string }
): Promise<AttachmentView> {
	const { db, actor, storage } = context;
	const solution = await loadEditableSolution(context, slug);
	const type = inspectUpload(input.file);
	const caption = captionSchema.safeParse(input.caption);
	const problems: FieldProblem[] = 'field' in type ? [type] : [];
	if (!caption.success) {
		problems.push({ field: 'caption', reason: caption.error.issues[0]?.message ?? 'is not valid' });
	}
	if ('field' in type || !caption.success || !input.file) throw invalidInput(problems);
	const file = input.file;

	const key = newAttachmentKey(solution.id, type.extension);
	const now = (context.now ?? new Date()).toISOString();
	const row: Omit<SolutionAttachmentRow, 'id'> = {
		solution_id: solution.id,
		kind: type.kind,
		file_name: sanitizeFileName(file.name, type.extension),
		media_type: type.mediaType,
		byte_size: file.bytes.length,
		sha256: createHash('sha256').update(file.bytes).digest('hex'),
		storage_key: key,
		caption: caption.data,
		position: 0,
		created_by: actor.kind === 'user' ? actor.userId : null,
		created_at: now
	};
	let written = false;
	try {
		const id = await db.transaction().execute(async (trx) => {
			await lockSolutionForAttachments(trx, solution.id);
			const { count, nextPosition } = await countAttachments(trx, solution.id);
			if (count >= MAX_ATTACHMENTS_PER_SOLUTION) {
				throw invalidInput(
					[
						{
							field: 'file',
							reason: `this solution already has ${MAX_ATTACHMENTS_PER_SOLUTION} attachments: delete one first`
						}
					],
					`A solution can have at most ${MAX_ATTACHMENTS_PER_SOLUTION} attachments.`
				);
			}
			row.position = nextPosition;
			const newId = await insertAttachment(trx, row);
			// Last, inside the transaction: a failed write rolls the row back.
			await storage.write(key, file.bytes);
			written = true;
			return newId;
		});
		return presentAttachment(slug, { ...row, id }, readImageSize(file.bytes));
	} catch (error) {
		// The commit itself failed after the file was written: leave no orphan file.
		if (written) await storage.remove(key).catch(() => undefined);
		throw error;
	}
}

/** Deletes an attachment: its row, then its file. */
export async function removeAttachment(
	context: AttachmentContext,
	slug: string,
	id: number
): Promise<void> {
	const solution = await loadEditableSolution(context, slug);
	const key = await deleteAttachment(context.db, solution.id, id);
	if (key === undefined) throw notFound('attachment');
	// After the row is gone: a file left behind by a crash is harmless, a row without its file is not.
	await context.storage.remove(key);
}

export interface OpenedAttachment {
	stream: ReadableStream<Uint8Array>;
	byteSize: number;
	mediaType: string;
	kind: 'image' | 'pdf';
	fileName: string;
	sha256: string;
	/** Anyone may see it (the solution is published), so shared caches may keep it. */
	isPublic: boolean;
}

/**
 * One attachment's bytes, for anyone who may read the solution. The address must carry the file's
 * exact name; a solution that may not be read answers 404, like one that does not exist.
 */
export async function openAttachment(
	context: ReadContext & { storage: AttachmentStorage },
	slug: string,
	id: number,
	fileName: string
): Promise<OpenedAttachment> {
	const { solution } = await loadSolutionPermissions(context.db, context.actor, slug);
	const row = await findAttachment(context.db, solution.id, id);
	if (!row || row.file_name !== fileName) throw notFound('attachment');
	const file = await context.storage.open(row.storage_key);
	if (!file) {
		console.error(
			'Attachment %d of solution %d has no file (%s)',
			row.id,
			solution.id,
			row.storage_key
		);
		throw notFound('attachment');
	}
	return {
		stream: file.stream,
		byteSize: file.size,
		mediaType: row.media_type,
		kind: row.kind,
		fileName: row.file_name,
		sha256: row.sha256,
		isPublic: solution.status === 'published'
	};
}
