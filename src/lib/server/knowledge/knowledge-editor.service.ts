import type { Kysely } from 'kysely';
import { KNOWLEDGE_KINDS } from '../../vocabulary/knowledge-kinds.ts';
import type { ReadContext } from '../context.ts';
import type { Database, Row } from '../db/database.ts';
import { transactionWithSlugRetry, uniqueSlug } from '../db/slugs.ts';
import { editorOrganizationIds } from '../events/events.policy.ts';
import {
	forbidden,
	invalidInput,
	notFound,
	unauthenticated,
	type DomainError
} from '../http/errors.ts';
import { isStaff } from '../identity/actor.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import { reindex } from '../search/index-writer.ts';
import {
	detectFileType,
	readImageSize,
	sanitizeFileName
} from '../solutions/solution-attachments.files.ts';
import type { UploadedFile } from '../solutions/solution-attachments.schema.ts';
import { newUploadKey, type AttachmentStorage } from '../solutions/solution-attachments.storage.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import {
	findKnowledgeRowBySlug,
	findLinkChoices,
	findLinkedSlugs,
	findOrganizationIdBySlug,
	findOrganizationSlugById,
	findPublisherChoices,
	insertKnowledgeProduct,
	replaceKnowledgeLinks,
	resolveLinkSlugs,
	updateKnowledgeRow,
	type LinkChoice
} from './knowledge-editor.repository.ts';
import {
	checkKnowledgeValues,
	emptyKnowledgeValues,
	formatDuration,
	isDocumentKind,
	KNOWLEDGE_LANGUAGES,
	KNOWLEDGE_LIMITS,
	KNOWLEDGE_LINK_FIELDS,
	knowledgeFormSchema,
	MAX_KNOWLEDGE_COVER_BYTES,
	MAX_KNOWLEDGE_PDF_BYTES,
	type CheckedKnowledge,
	type KnowledgeEditorInput,
	type KnowledgeFormValues,
	type KnowledgeLinkField,
	type KnowledgeProblem
} from './knowledge-editor.schema.ts';
import { canEditKnowledge, canPublishKnowledge } from './knowledge.policy.ts';
import { knowledgeCoverUrl } from './knowledge.presenter.ts';
import { inspectPdf, PdfInspectionError } from './pdf-inspect.ts';

/**
 * Publishing and editing knowledge products: the form's choices, and the two writes. Policy
 * first; then every field is checked (a PDF is read on the server for its page count and a cover
 * of page one); then one transaction writes the row, its links, the audit entry and the search
 * document, and the files, which are removed again if the transaction fails.
 */

export interface KnowledgeEditorContext extends ReadContext {
	storage: AttachmentStorage;
	now?: Date;
}

export interface KnowledgeEditorPage {
	/** The product being edited (null for a new one), with its file and cover. */
	product: {
		slug: string;
		title: string;
		fileName: string | null;
		byteSize: number | null;
		pageCount: number | null;
		coverUrl: string | null;
	} | null;
	values: KnowledgeFormValues;
	choices: Record<KnowledgeLinkField, LinkChoice[]> & {
		publishers: LinkChoice[];
		kinds: typeof KNOWLEDGE_KINDS;
		languages: typeof KNOWLEDGE_LANGUAGES;
	};
	limits: typeof KNOWLEDGE_LIMITS & { pdfBytes: number; coverBytes: number };
}

/** The actor's organizations as editor, after making sure they may publish at all. */
async function publishingRights(context: ReadContext): Promise<number[]> {
	if (context.actor.kind === 'visitor') throw unauthenticated();
	const editorOf = await editorOrganizationIds(context.db, context.actor);
	if (!canPublishKnowledge(context.actor, editorOf)) {
		throw forbidden(translatorFor(context.locale)('knowledgeForm.error.noOrganization'));
	}
	return editorOf;
}

/** The product and the actor's organizations, when the actor may edit it (else 404 or 403). */
async function editableProduct(
	context: ReadContext,
	slug: string
): Promise<{ row: Row<'knowledge_products'>; editorOf: number[] }> {
	if (context.actor.kind === 'visitor') throw unauthenticated();
	const row = await findKnowledgeRowBySlug(context.db, slug);
	if (!row) throw notFound('knowledge product');
	const editorOf = await editorOrganizationIds(context.db, context.actor);
	if (!canEditKnowledge(context.actor, editorOf, row.publisher_organization_id)) throw forbidden();
	return { row, editorOf };
}

/** The form for a new product (`slug` null) or for editing one, with its choices. */
export async function getKnowledgeEditor(
	context: ReadContext,
	slug: string | null
): Promise<KnowledgeEditorPage> {
	const { row, editorOf } = slug
		? await editableProduct(context, slug)
		: { row: null, editorOf: await publishingRights(context) };
	const [publishers, links] = await Promise.all([
		findPublisherChoices(context.db, isStaff(context.actor) ? 'all' : editorOf),
		findLinkChoices(context.db)
	]);
	let values = emptyKnowledgeValues();
	if (row) {
		const [linked, publisher] = await Promise.all([
			findLinkedSlugs(context.db, row.id),
			row.publisher_organization_id === null
				? null
				: findOrganizationSlugById(context.db, row.publisher_organization_id)
		]);
		values = {
			title: row.title,
			kind: row.kind,
			summary: row.summary,
			description: row.description ?? '',
			language: row.language,
			publishedOn: row.published_on ?? '',
			publisher: publisher ?? '',
			url: row.url ?? '',
			duration: formatDuration(row.duration_seconds),
			...linked
		};
	} else if (publishers.length === 1) {
		values.publisher = publishers[0]!.slug;
	}
	return {
		product: row
			? {
					slug: row.slug,
					title: row.title,
					fileName: row.storage_key ? row.file_name : null,
					byteSize: row.storage_key ? row.byte_size : null,
					pageCount: row.storage_key ? row.page_count : null,
					coverUrl: row.cover_key ? knowledgeCoverUrl(row.slug, row.cover_key) : null
				}
			: null,
		values,
		choices: {
			...links,
			publishers: publishers.map(({ slug, label }) => ({ slug, label })),
			kinds: KNOWLEDGE_KINDS,
			languages: KNOWLEDGE_LANGUAGES
		},
		limits: {
			...KNOWLEDGE_LIMITS,
			pdfBytes: MAX_KNOWLEDGE_PDF_BYTES,
			coverBytes: MAX_KNOWLEDGE_COVER_BYTES
		}
	};
}

function invalidKnowledge(locale: string, problems: KnowledgeProblem[]): DomainError {
	const t = translatorFor(locale);
	const byField = new Map<string, string>();
	for (const problem of problems) {
		const reason = t(problem.key, problem.values);
		const before = byField.get(problem.field);
		byField.set(problem.field, before ? `${before} ${reason}` : reason);
	}
	const details = [...byField].map(([field, reason]) => ({ field, reason }));
	return invalidInput(details, t('knowledgeForm.error.summary', { count: details.length }));
}

const chosen = (file: UploadedFile | null | undefined): file is UploadedFile =>
	Boolean(file && (file.bytes.length > 0 || file.name !== ''));

interface PreparedPdf {
	bytes: Uint8Array;
	fileName: string;
	pageCount: number;
	cover: Uint8Array;
}

const PDF_REFUSALS = {
	encrypted: 'knowledgeForm.error.pdfEncrypted',
	unreadable: 'knowledgeForm.error.pdfUnreadable',
	'too-slow': 'knowledgeForm.error.pdfTooSlow'
} as const;

/** The PDF checked by its bytes and read for its page count and cover, or the problem. */
async function preparePdf(file: UploadedFile): Promise<PreparedPdf | KnowledgeProblem> {
	if (file.bytes.length === 0) return { field: 'file', key: 'knowledgeForm.error.fileEmpty' };
	if (file.bytes.length > MAX_KNOWLEDGE_PDF_BYTES) {
		return { field: 'file', key: 'knowledgeForm.error.fileTooLarge', values: { size: '25 MB' } };
	}
	if (detectFileType(file.bytes)?.kind !== 'pdf') {
		return { field: 'file', key: 'knowledgeForm.error.fileType' };
	}
	try {
		const { pageCount, cover } = await inspectPdf(file.bytes);
		return { bytes: file.bytes, fileName: sanitizeFileName(file.name, 'pdf'), pageCount, cover };
	} catch (error) {
		if (error instanceof PdfInspectionError) {
			return { field: 'file', key: PDF_REFUSALS[error.reason] };
		}
		throw error;
	}
}

interface PreparedCover {
	bytes: Uint8Array;
	extension: 'jpg' | 'png' | 'webp';
}

function prepareCover(file: UploadedFile): PreparedCover | KnowledgeProblem {
	if (file.bytes.length === 0) return { field: 'cover', key: 'knowledgeForm.error.fileEmpty' };
	if (file.bytes.length > MAX_KNOWLEDGE_COVER_BYTES) {
		return { field: 'cover', key: 'knowledgeForm.error.coverTooLarge', values: { size: '2 MB' } };
	}
	const type = detectFileType(file.bytes);
	if (type?.kind !== 'image' || type.extension === 'pdf' || !readImageSize(file.bytes)) {
		return { field: 'cover', key: 'knowledgeForm.error.coverType' };
	}
	return { bytes: file.bytes, extension: type.extension };
}

const isProblem = (value: object): value is KnowledgeProblem => 'key' in value && 'field' in value;

interface CheckedSubmission {
	checked: CheckedKnowledge;
	publisherId: number;
	linkIds: Record<KnowledgeLinkField, number[]>;
	pdf: PreparedPdf | null;
	cover: PreparedCover | null;
}

/**
 * Every check of a submission, with all problems at once: the fields, the publisher (one the
 * actor edits, or any for staff), the linked records, and the files.
 */
async function checkSubmission(
	context: ReadContext,
	input: KnowledgeEditorInput,
	editorOf: readonly number[],
	existing: Row<'knowledge_products'> | null
): Promise<CheckedSubmission> {
	const values = knowledgeFormSchema.parse(input.values ?? {});
	const { checked, problems } = checkKnowledgeValues(values);
	const document = isDocumentKind(checked.kind);

	let publisherId: number | null = null;
	if (checked.publisher !== '') {
		publisherId = await findOrganizationIdBySlug(context.db, checked.publisher);
		if (publisherId === null) {
			problems.push({ field: 'publisher', key: 'knowledgeForm.error.publisherUnknown' });
		} else if (!isStaff(context.actor) && !editorOf.includes(publisherId)) {
			problems.push({ field: 'publisher', key: 'knowledgeForm.error.publisherNotYours' });
		}
	}

	const linkIds = {} as Record<KnowledgeLinkField, number[]>;
	for (const field of KNOWLEDGE_LINK_FIELDS) {
		const found = await resolveLinkSlugs(context.db, field, checked.links[field]);
		const unknown = checked.links[field].filter((slug) => !found.has(slug));
		if (unknown.length > 0) {
			problems.push({
				field,
				key: 'knowledgeForm.error.unknownLinks',
				values: { list: unknown.join(', ') }
			});
		}
		linkIds[field] = [...found.values()];
	}

	let pdf: PreparedPdf | null = null;
	if (chosen(input.file)) {
		if (!document) {
			problems.push({ field: 'file', key: 'knowledgeForm.error.fileForVideo' });
		} else {
			const prepared = await preparePdf(input.file);
			if (isProblem(prepared)) problems.push(prepared);
			else pdf = prepared;
		}
	}
	let cover: PreparedCover | null = null;
	if (chosen(input.cover)) {
		const prepared = prepareCover(input.cover);
		if (isProblem(prepared)) problems.push(prepared);
		else cover = prepared;
	}
	const keepsFile = Boolean(existing?.storage_key) && document;
	const fileProblem = problems.some((problem) => problem.field === 'file');
	if (document && !pdf && !keepsFile && !checked.url && !fileProblem) {
		problems.push({ field: 'file', key: 'knowledgeForm.error.fileOrUrl' });
	}
	if (problems.length > 0 || publisherId === null) throw invalidKnowledge(context.locale, problems);
	return { checked, publisherId, linkIds, pdf, cover };
}

/**
 * Writes the new files of a product inside its transaction and returns the columns that point at
 * them; `written` collects the keys so that the caller removes them if the transaction fails.
 */
async function writeFiles(
	storage: AttachmentStorage,
	productId: number,
	submission: CheckedSubmission,
	written: string[]
) {
	const columns: Partial<Row<'knowledge_products'>> = {};
	if (submission.pdf) {
		const key = newUploadKey('knowledge', productId, 'pdf');
		await storage.write(key, submission.pdf.bytes);
		written.push(key);
		Object.assign(columns, {
			storage_key: key,
			file_name: submission.pdf.fileName,
			media_type: 'application/pdf',
			byte_size: submission.pdf.bytes.length,
			page_count: submission.pdf.pageCount
		});
	}
	// A cover chosen by the person wins over the one rendered from the PDF.
	const cover = submission.cover
		? submission.cover
		: submission.pdf
			? { bytes: submission.pdf.cover, extension: 'webp' as const }
			: null;
	if (cover) {
		const key = newUploadKey('knowledge', productId, cover.extension);
		await storage.write(key, cover.bytes);
		written.push(key);
		columns.cover_key = key;
	}
	return columns;
}

async function replaceLinks(
	trx: Kysely<Database>,
	productId: number,
	linkIds: CheckedSubmission['linkIds']
): Promise<void> {
	for (const field of KNOWLEDGE_LINK_FIELDS) {
		await replaceKnowledgeLinks(trx, productId, field, linkIds[field]);
	}
}

const actingUserId = (context: ReadContext) =>
	context.actor.kind === 'user' ? context.actor.userId : null;

/**
 * Publishes a knowledge product (staff, or editors of an organization for it as publisher).
 * Throws invalid_input with a problem per field, in the reader's language.
 * @example await createKnowledgeProduct(context, { values: { title, kind: 'publication', … }, file })
 */
export async function createKnowledgeProduct(
	context: KnowledgeEditorContext,
	input: KnowledgeEditorInput
): Promise<{ id: number; slug: string }> {
	const editorOf = await publishingRights(context);
	const submission = await checkSubmission(context, input, editorOf, null);
	const { checked } = submission;
	const now = (context.now ?? new Date()).toISOString();
	const written: string[] = [];
	try {
		return await transactionWithSlugRetry(context.db, async (trx) => {
			const slug = await uniqueSlug(trx, 'knowledge_products', checked.title, 'knowledge');
			const id = await insertKnowledgeProduct(trx, {
				slug,
				title: checked.title,
				kind: checked.kind,
				summary: checked.summary,
				description: checked.description,
				published_on: checked.publishedOn,
				language: checked.language,
				publisher_organization_id: submission.publisherId,
				url: checked.url,
				duration_seconds: checked.durationSeconds,
				created_by: actingUserId(context),
				created_at: now,
				updated_at: now
			});
			await replaceLinks(trx, id, submission.linkIds);
			const files = await writeFiles(context.storage, id, submission, written);
			if (Object.keys(files).length > 0) await updateKnowledgeRow(trx, id, files);
			await recordAudit(trx, {
				at: now,
				actorUserId: actingUserId(context),
				action: 'knowledge.created',
				subjectType: 'knowledge_product',
				subjectId: id,
				details: { slug, kind: checked.kind, file: Boolean(submission.pdf) }
			});
			await reindex(trx, 'knowledge', [id]);
			return { id, slug };
		});
	} catch (error) {
		await removeAll(context.storage, written);
		throw error;
	}
}

async function removeAll(storage: AttachmentStorage, keys: readonly string[]): Promise<void> {
	await Promise.all(keys.map((key) => storage.remove(key).catch(() => undefined)));
}

/**
 * Saves changes to a product (staff, or editors of its publisher). Its address stays. A new PDF
 * or cover replaces the old one, whose file is removed after the commit; a product that becomes
 * a video loses its PDF.
 */
export async function updateKnowledgeProduct(
	context: KnowledgeEditorContext,
	slug: string,
	input: KnowledgeEditorInput
): Promise<{ id: number; slug: string }> {
	const { row, editorOf } = await editableProduct(context, slug);
	const submission = await checkSubmission(context, input, editorOf, row);
	const { checked } = submission;
	const now = (context.now ?? new Date()).toISOString();
	const dropsFile = !isDocumentKind(checked.kind) && row.storage_key !== null;
	const written: string[] = [];
	let newCover = false;
	try {
		await context.db.transaction().execute(async (trx) => {
			const files = await writeFiles(context.storage, row.id, submission, written);
			newCover = files.cover_key !== undefined;
			await updateKnowledgeRow(trx, row.id, {
				title: checked.title,
				kind: checked.kind,
				summary: checked.summary,
				description: checked.description,
				published_on: checked.publishedOn,
				language: checked.language,
				publisher_organization_id: submission.publisherId,
				url: checked.url,
				duration_seconds: checked.durationSeconds,
				updated_at: now,
				...(dropsFile
					? {
							storage_key: null,
							file_name: null,
							media_type: null,
							byte_size: null,
							page_count: null
						}
					: {}),
				...files
			});
			await replaceLinks(trx, row.id, submission.linkIds);
			await recordAudit(trx, {
				at: now,
				actorUserId: actingUserId(context),
				action: 'knowledge.updated',
				subjectType: 'knowledge_product',
				subjectId: row.id,
				details: { slug, newFile: Boolean(submission.pdf), newCover }
			});
			await reindex(trx, 'knowledge', [row.id]);
		});
	} catch (error) {
		await removeAll(context.storage, written);
		throw error;
	}
	// After the commit: a file left behind by a crash is harmless, a row without its file is not.
	const replaced = [
		submission.pdf || dropsFile ? row.storage_key : null,
		newCover ? row.cover_key : null
	].filter((key): key is string => key !== null);
	await removeAll(context.storage, replaced);
	return { id: row.id, slug: row.slug };
}
