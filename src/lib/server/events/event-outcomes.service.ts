import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { checkClusterInput, invalidClusterInput } from '../clusters/cluster-input.ts';
import { renderMarkdown } from '../content/markdown.ts';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import {
	DomainError,
	forbidden,
	invalidInput,
	notFound,
	unauthenticated,
	type FieldProblem
} from '../http/errors.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import { languageName } from '../../i18n/format.ts';
import {
	detectFileType,
	readImageSize,
	sanitizeFileName,
	type DetectedType
} from '../solutions/solution-attachments.files.ts';
import type { UploadedFile } from '../solutions/solution-attachments.schema.ts';
import { newUploadKey, type AttachmentStorage } from '../solutions/solution-attachments.storage.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import {
	presentDocument,
	presentRecording,
	type EventDocumentView,
	type EventOutcomes,
	type RecordingView
} from './event-outcomes.presenter.ts';
import {
	countAndNextPosition,
	deleteDocument,
	deleteRecording,
	findDocument,
	findDocuments,
	findEventLanguages,
	findOutcomeEvent,
	findRecording,
	findRecordings,
	insertDocument,
	insertRecording,
	lockEvent,
	setOutcomeSummary,
	setRecordingPositions,
	type OutcomeEvent
} from './event-outcomes.repository.ts';
import {
	documentSchema,
	MAX_DOCUMENT_BYTES,
	MAX_DOCUMENTS_PER_EVENT,
	MAX_RECORDINGS_PER_EVENT,
	MAX_STILL_BYTES,
	outcomeIdSchema,
	recordingSchema,
	summarySchema
} from './event-outcomes.schema.ts';
import { canReadEvents, mayManageEvent } from './events.policy.ts';
import { renderRecordingPoster } from './recording-poster.ts';
import { parseVideoLink } from './video-links.ts';

/**
 * What an event leaves behind, added by its organizers (curators, and editors of a hosting
 * organization) after it took place: a summary in Markdown, recordings per language on video
 * sites, each with a still image served from our origin, and the documents presented. Files are
 * checked by their bytes and stored like cluster resources.
 */

export interface OutcomeContext extends ReadContext {
	storage: AttachmentStorage;
	/** The per-account write budget (pages); the API's writes are limited at the edge. */
	limiter?: Pick<RateLimiter, 'enforce'>;
	/** The clock (tests set it). */
	now?: Date;
}

/**
 * A file over its size limit: a problem of its field, in the reader's language, which the edge
 * answers with 413 Content Too Large rather than 400.
 */
export class OutcomeFileTooLargeError extends DomainError {
	constructor(locale: string, field: 'still' | 'file', limitBytes: number) {
		const reason = translatorFor(locale)(
			field === 'still' ? 'eventOutcomes.error.stillTooLarge' : 'eventOutcomes.error.fileTooLarge',
			{ size: `${limitBytes / (1024 * 1024)} MB` }
		);
		super('invalid_input', reason, [{ field, reason }]);
	}
}

/** The id of a recording or document from a form's hidden field; a tampered one is refused. */
export function outcomeIdOf(context: ReadContext, value: unknown): number {
	const checked = checkClusterInput(outcomeIdSchema, value, context.locale);
	if (checked.ok) return checked.data;
	throw invalidInput(checked.problems, checked.problems[0]?.reason);
}

const nowOf = (context: { now?: Date }) => (context.now ?? new Date()).toISOString();
const actingUserId = (context: ReadContext) =>
	context.actor.kind === 'user' ? context.actor.userId : null;

async function loadEvent(context: ReadContext, slug: string): Promise<OutcomeEvent> {
	if (!canReadEvents(context.actor)) throw forbidden();
	const event = await findOutcomeEvent(context.db, slug);
	if (!event) throw notFound('event');
	return event;
}

/** The event, for someone who runs it: visitors sign in first, others are refused. */
async function loadManagedEvent(context: OutcomeContext, slug: string): Promise<OutcomeEvent> {
	const event = await loadEvent(context, slug);
	if (context.actor.kind === 'visitor') throw unauthenticated();
	if (!(await mayManageEvent(context.db, context.actor, event.id))) throw forbidden();
	return event;
}

async function spendWrite(context: OutcomeContext): Promise<void> {
	const userId = actingUserId(context);
	if (userId !== null && context.limiter) await context.limiter.enforce(`event-write:${userId}`);
}

async function audit(
	context: OutcomeContext,
	trx: Kysely<Database>,
	eventId: number,
	action: string,
	details: Record<string, unknown>
): Promise<void> {
	await recordAudit(trx, {
		at: nowOf(context),
		actorUserId: actingUserId(context),
		action,
		subjectType: 'event',
		subjectId: eventId,
		details
	});
}

/**
 * The summary, recordings and documents of an event, as its page shows them.
 * @example const { summaryHtml, recordings, documents } = await getEventOutcomes(locals, slug)
 */
export async function getEventOutcomes(context: ReadContext, slug: string): Promise<EventOutcomes> {
	return eventOutcomesOf(context.db, await loadEvent(context, slug));
}

/** The outcomes of an event already loaded (and allowed to be read) by the caller. */
export async function eventOutcomesOf(
	db: Kysely<Database>,
	event: OutcomeEvent
): Promise<EventOutcomes> {
	const [recordings, documents] = await Promise.all([
		findRecordings(db, event.id),
		findDocuments(db, event.id)
	]);
	return {
		summaryHtml: event.outcome_summary ? renderMarkdown(event.outcome_summary) : null,
		recordings: recordings.map((row) => presentRecording(event, row)),
		documents: documents.map((row) => presentDocument(event.slug, row))
	};
}

export interface OutcomeManager extends EventOutcomes {
	event: { slug: string; title: string };
	/** The summary's Markdown source, for the form. */
	summary: string;
	/** Languages to offer for a recording: the event's first, then the site's. */
	languages: string[];
	limits: { maxStillBytes: number; maxDocumentBytes: number };
}

const SITE_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar', 'ru', 'zh'];

/** The organizers' page of an event's outcomes. */
export async function getOutcomeManager(
	context: OutcomeContext,
	slug: string
): Promise<OutcomeManager> {
	const event = await loadManagedEvent(context, slug);
	const [outcomes, eventLanguages] = await Promise.all([
		eventOutcomesOf(context.db, event),
		findEventLanguages(context.db, event.id)
	]);
	return {
		...outcomes,
		event: { slug: event.slug, title: event.title },
		summary: event.outcome_summary ?? '',
		languages: [...new Set([...eventLanguages, ...SITE_LANGUAGES])],
		limits: { maxStillBytes: MAX_STILL_BYTES, maxDocumentBytes: MAX_DOCUMENT_BYTES }
	};
}

/** Sets (or, when empty, clears) the summary of what happened at the event. */
export async function saveOutcomeSummary(
	context: OutcomeContext,
	slug: string,
	input: unknown
): Promise<void> {
	const event = await loadManagedEvent(context, slug);
	const checked = checkClusterInput(summarySchema, input, context.locale);
	if (!checked.ok) throw invalidClusterInput(context.locale, checked.problems);
	await spendWrite(context);
	await context.db.transaction().execute(async (trx) => {
		await setOutcomeSummary(trx, event.id, checked.data.summary, nowOf(context));
		await audit(context, trx, event.id, 'event.summary-saved', {
			length: checked.data.summary?.length ?? 0
		});
	});
}

function refuseWhenFull(context: ReadContext, count: number, max: number, field: string): void {
	if (count < max) return;
	const key =
		field === 'url' ? 'eventOutcomes.error.recordingsFull' : 'eventOutcomes.error.documentsFull';
	const reason = translatorFor(context.locale)(key, { count: max });
	throw invalidInput([{ field, reason }], reason);
}

const isNoFile = (file: UploadedFile | null | undefined): boolean =>
	!file || (file.bytes.length === 0 && file.name === '');

/** What an upload really is, or what is wrong with it (a problem of its field). */
function inspectUpload(
	context: ReadContext,
	field: 'still' | 'file',
	file: UploadedFile,
	maxBytes: number,
	imagesOnly: boolean
): DetectedType | FieldProblem {
	const t = translatorFor(context.locale);
	const wrongType = t(
		imagesOnly ? 'eventOutcomes.error.stillType' : 'eventOutcomes.error.fileType'
	);
	if (file.bytes.length === 0) return { field, reason: t('eventOutcomes.error.fileEmpty') };
	if (file.bytes.length > maxBytes)
		throw new OutcomeFileTooLargeError(context.locale, field, maxBytes);
	const type = detectFileType(file.bytes);
	if (!type || (imagesOnly && type.kind !== 'image')) return { field, reason: wrongType };
	if (type.kind === 'image' && !readImageSize(file.bytes)) return { field, reason: wrongType };
	return type;
}

/** Writes a row and its file together: the file last inside the transaction, removed on failure. */
async function withStoredFile<T>(
	context: OutcomeContext,
	file: { key: string; bytes: Uint8Array } | null,
	work: (trx: Kysely<Database>) => Promise<T>
): Promise<T> {
	let written = false;
	try {
		return await context.db.transaction().execute(async (trx) => {
			const result = await work(trx);
			if (file) {
				await context.storage.write(file.key, file.bytes);
				written = true;
			}
			return result;
		});
	} catch (error) {
		if (written && file) await context.storage.remove(file.key).catch(() => undefined);
		throw error;
	}
}

export interface RecordingInput {
	language: unknown;
	title?: unknown;
	url: unknown;
	duration?: unknown;
	/** An optional still image (PNG, JPEG or WebP, at most 2 MB). */
	still?: UploadedFile | null;
}

/**
 * Adds a recording by the address of its video: YouTube and Vimeo play on the event page after
 * a click, other addresses are links.
 * @example await addRecording(context, slug, { language: 'en', url: 'https://youtu.be/…', duration: '1:02:03' })
 */
export async function addRecording(
	context: OutcomeContext,
	slug: string,
	input: RecordingInput
): Promise<RecordingView> {
	const event = await loadManagedEvent(context, slug);
	const checked = checkClusterInput(recordingSchema, input, context.locale);
	const still = isNoFile(input.still)
		? null
		: inspectUpload(context, 'still', input.still!, MAX_STILL_BYTES, true);
	const problems = [
		...(checked.ok ? [] : checked.problems),
		...(still && 'field' in still ? [still] : [])
	];
	if (!checked.ok || (still && 'field' in still)) {
		throw invalidClusterInput(context.locale, problems);
	}
	const fields = checked.data;
	const link = parseVideoLink(fields.url)!;
	await spendWrite(context);
	const stillKey = still ? newUploadKey('events', event.id, still.extension) : null;
	const row = {
		event_id: event.id,
		language: fields.language,
		title: fields.title,
		url: link.watchUrl,
		provider: link.provider,
		provider_video_id: link.videoId,
		duration_seconds: fields.duration,
		still_key: stillKey,
		position: 0,
		created_at: nowOf(context)
	};
	const id = await withStoredFile(
		context,
		stillKey ? { key: stillKey, bytes: input.still!.bytes } : null,
		async (trx) => {
			await lockEvent(trx, event.id);
			const { count, next } = await countAndNextPosition(trx, 'event_recordings', event.id);
			refuseWhenFull(context, count, MAX_RECORDINGS_PER_EVENT, 'url');
			row.position = next;
			const id = await insertRecording(trx, row);
			await audit(context, trx, event.id, 'event.recording-added', {
				id,
				provider: link.provider,
				language: row.language
			});
			return id;
		}
	);
	return presentRecording(event, { ...row, id });
}

/** Removes a recording: its row, then its still. */
export async function removeRecording(
	context: OutcomeContext,
	slug: string,
	id: number
): Promise<void> {
	const event = await loadManagedEvent(context, slug);
	await spendWrite(context);
	const deleted = await context.db.transaction().execute(async (trx) => {
		const row = await deleteRecording(trx, event.id, id);
		if (!row) throw notFound('recording');
		await audit(context, trx, event.id, 'event.recording-removed', { id, url: row.url });
		return row;
	});
	// After the commit: a file left behind by a crash is harmless, a row without its file is not.
	if (deleted.still_key) await context.storage.remove(deleted.still_key);
}

/** Moves a recording one place up or down the list. */
export async function moveRecording(
	context: OutcomeContext,
	slug: string,
	id: number,
	direction: 'up' | 'down'
): Promise<void> {
	const event = await loadManagedEvent(context, slug);
	await spendWrite(context);
	await context.db.transaction().execute(async (trx) => {
		await lockEvent(trx, event.id);
		const ids = (await findRecordings(trx, event.id)).map((row) => row.id);
		const index = ids.indexOf(id);
		if (index < 0) throw notFound('recording');
		const other = direction === 'up' ? index - 1 : index + 1;
		if (other < 0 || other >= ids.length) return;
		[ids[index], ids[other]] = [ids[other]!, ids[index]!];
		await setRecordingPositions(trx, event.id, ids);
		await audit(context, trx, event.id, 'event.recording-moved', { id, direction });
	});
}

export interface DocumentInput {
	title: unknown;
	/** PDF, PNG, JPEG or WebP, at most 20 MB. */
	file: UploadedFile | null;
}

/** Adds a document presented at the event (checked by its bytes). */
export async function addDocument(
	context: OutcomeContext,
	slug: string,
	input: DocumentInput
): Promise<EventDocumentView> {
	const event = await loadManagedEvent(context, slug);
	const checked = checkClusterInput(documentSchema, input, context.locale);
	const type: DetectedType | FieldProblem = isNoFile(input.file)
		? { field: 'file', reason: translatorFor(context.locale)('eventOutcomes.error.fileRequired') }
		: inspectUpload(context, 'file', input.file!, MAX_DOCUMENT_BYTES, false);
	if (!checked.ok || 'field' in type) {
		throw invalidClusterInput(context.locale, [
			...(checked.ok ? [] : checked.problems),
			...('field' in type ? [type] : [])
		]);
	}
	const file = input.file!;
	await spendWrite(context);
	const key = newUploadKey('events', event.id, type.extension);
	const row = {
		event_id: event.id,
		title: checked.data.title,
		storage_key: key,
		file_name: sanitizeFileName(file.name, type.extension),
		media_type: type.mediaType,
		byte_size: file.bytes.length,
		position: 0,
		created_by: actingUserId(context),
		created_at: nowOf(context)
	};
	const id = await withStoredFile(context, { key, bytes: file.bytes }, async (trx) => {
		await lockEvent(trx, event.id);
		const { count, next } = await countAndNextPosition(trx, 'event_documents', event.id);
		refuseWhenFull(context, count, MAX_DOCUMENTS_PER_EVENT, 'title');
		row.position = next;
		const id = await insertDocument(trx, row);
		await audit(context, trx, event.id, 'event.document-added', { id, title: row.title });
		return id;
	});
	return presentDocument(event.slug, { ...row, id });
}

/** Removes a document: its row, then its file. */
export async function removeDocument(
	context: OutcomeContext,
	slug: string,
	id: number
): Promise<void> {
	const event = await loadManagedEvent(context, slug);
	await spendWrite(context);
	const deleted = await context.db.transaction().execute(async (trx) => {
		const row = await deleteDocument(trx, event.id, id);
		if (!row) throw notFound('document');
		await audit(context, trx, event.id, 'event.document-removed', { id, title: row.title });
		return row;
	});
	await context.storage.remove(deleted.storage_key);
}

/** A stored file, as the file endpoints serve it. */
export interface OpenedEventFile {
	kind: 'file';
	stream: ReadableStream<Uint8Array>;
	byteSize: number;
	mediaType: string;
	fileName: string;
	/** Changes whenever the bytes do (a new upload gets a new key). */
	etag: string;
}

/** A poster made on the fly. */
export interface GeneratedStill {
	kind: 'poster';
	svg: string;
	etag: string;
}

/** Stills are images only: their type is the extension their key was given on upload. */
const STILL_TYPES: Record<string, string> = {
	jpg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp'
};

const etagOfKey = (key: string) => `"${key.replace(/^.*\//, '').replace(/\..*$/, '')}"`;

async function openStored(
	context: ReadContext & { storage: AttachmentStorage },
	key: string,
	mediaType: string,
	fileName: string
): Promise<OpenedEventFile> {
	const file = await context.storage.open(key);
	if (!file) {
		console.error('Event file missing from storage (%s)', key);
		throw notFound('file');
	}
	return {
		kind: 'file',
		stream: file.stream,
		byteSize: file.size,
		mediaType,
		fileName,
		etag: etagOfKey(key)
	};
}

/**
 * The still of a recording: the uploaded image, or a poster with its title, language and
 * duration. 404 for an id of another event.
 */
export async function openRecordingStill(
	context: ReadContext & { storage: AttachmentStorage },
	slug: string,
	id: number
): Promise<OpenedEventFile | GeneratedStill> {
	const event = await loadEvent(context, slug);
	const row = await findRecording(context.db, event.id, id);
	if (!row) throw notFound('recording');
	if (row.still_key) {
		const extension = row.still_key.slice(row.still_key.lastIndexOf('.') + 1);
		return openStored(
			context,
			row.still_key,
			STILL_TYPES[extension] ?? 'application/octet-stream',
			`still-${row.id}.${extension}`
		);
	}
	const view = presentRecording(event, row);
	const svg = renderRecordingPoster({
		title: view.title,
		// Named in itself, so the poster reads the same for everyone and caches well.
		language: languageName(row.language, row.language),
		duration: view.durationText
	});
	return {
		kind: 'poster',
		svg,
		etag: `"p-${createHash('sha256').update(svg).digest('hex').slice(0, 32)}"`
	};
}

/** A document presented at the event; 404 for an id of another event. */
export async function openEventDocument(
	context: ReadContext & { storage: AttachmentStorage },
	slug: string,
	id: number
): Promise<OpenedEventFile> {
	const event = await loadEvent(context, slug);
	const row = await findDocument(context.db, event.id, id);
	if (!row) throw notFound('document');
	return openStored(context, row.storage_key, row.media_type, row.file_name);
}
