import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { DomainError, invalidInput, notFound, type FieldProblem } from '../http/errors.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import {
	detectFileType,
	readImageSize,
	sanitizeFileName,
	type DetectedType
} from '../solutions/solution-attachments.files.ts';
import type { UploadedFile } from '../solutions/solution-attachments.schema.ts';
import { newUploadKey, type AttachmentStorage } from '../solutions/solution-attachments.storage.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import { actingUserId, nowOf, spendClusterWrite, type ClusterContext } from './cluster-context.ts';
import { checkClusterInput, invalidClusterInput, parseClusterInput } from './cluster-input.ts';
import { lockCluster } from './cluster-membership.repository.ts';
import { loadCluster, loadCoordinatedCluster } from './cluster-access.ts';
import { presentResource, type ClusterResourceView } from './cluster-resources.presenter.ts';
import {
	countResources,
	deleteResource,
	findResource,
	findResources,
	insertResource,
	setResourcePinned
} from './cluster-resources.repository.ts';
import {
	fileResourceSchema,
	linkResourceSchema,
	MAX_RESOURCE_BYTES,
	MAX_RESOURCES_PER_CLUSTER,
	type FileResourceInput
} from './cluster-resources.schema.ts';
import type { ClusterRow } from './clusters.repository.ts';

/**
 * A cluster's resources: links and files that coordinators share with the members, pinned ones
 * first. Everyone reads them; coordinators and curators add, pin and delete them. Files are
 * checked by their bytes (PDF, JPEG, PNG, WebP) like solution attachments, and stored the same
 * way.
 */

export interface ResourceContext extends ClusterContext {
	storage: AttachmentStorage;
}

/**
 * A file over {@link MAX_RESOURCE_BYTES}: a problem of the `file` field, in the reader's
 * language, which the edge answers with 413 Content Too Large rather than 400.
 */
export class ResourceTooLargeError extends DomainError {
	constructor(locale: string) {
		const reason = translatorFor(locale)('clusterResource.error.tooLarge', {
			size: `${MAX_RESOURCE_BYTES / (1024 * 1024)} MB`
		});
		super('invalid_input', reason, [{ field: 'file', reason }]);
	}
}

/** The resources of a cluster, as its page shows them. */
export async function listClusterResources(
	context: ReadContext,
	cluster: Pick<ClusterRow, 'id' | 'slug'>
): Promise<ClusterResourceView[]> {
	const rows = await findResources(context.db, cluster.id);
	return rows.map((row) => presentResource(cluster.slug, row));
}

export interface ResourceManager {
	cluster: { slug: string; name: string };
	resources: ClusterResourceView[];
	limits: { maxBytes: number; maxCount: number };
	remaining: number;
}

/** The resources page of a cluster, for its coordinators and curators. */
export async function getResourceManager(
	context: ReadContext,
	slug: string
): Promise<ResourceManager> {
	const cluster = await loadCoordinatedCluster(context, slug);
	const resources = await listClusterResources(context, cluster);
	return {
		cluster: { slug: cluster.slug, name: cluster.name },
		resources,
		limits: { maxBytes: MAX_RESOURCE_BYTES, maxCount: MAX_RESOURCES_PER_CLUSTER },
		remaining: Math.max(0, MAX_RESOURCES_PER_CLUSTER - resources.length)
	};
}

async function auditResource(
	context: ClusterContext,
	trx: Kysely<Database>,
	clusterId: number,
	action: string,
	details: Record<string, unknown>
): Promise<void> {
	await recordAudit(trx, {
		at: nowOf(context),
		actorUserId: actingUserId(context),
		action,
		subjectType: 'cluster',
		subjectId: clusterId,
		details
	});
}

function refuseWhenFull(context: ReadContext, count: number): void {
	if (count < MAX_RESOURCES_PER_CLUSTER) return;
	const reason = translatorFor(context.locale)('clusterResource.error.full', {
		count: MAX_RESOURCES_PER_CLUSTER
	});
	throw invalidInput([{ field: 'title', reason }], reason);
}

/**
 * Adds a link (http or https only) to a cluster's resources.
 * @example await addLinkResource(context, 'waste-management', { title, url: 'https://…' })
 */
export async function addLinkResource(
	context: ClusterContext,
	slug: string,
	input: unknown
): Promise<ClusterResourceView> {
	const cluster = await loadCoordinatedCluster(context, slug);
	const link = parseClusterInput(linkResourceSchema, input, context.locale);
	await spendClusterWrite(context);
	const now = nowOf(context);
	const row = {
		cluster_id: cluster.id,
		kind: 'link' as const,
		title: link.title,
		description: link.description,
		url: link.url,
		storage_key: null,
		file_name: null,
		media_type: null,
		byte_size: null,
		pinned: 0,
		created_by: actingUserId(context),
		created_at: now,
		updated_at: now
	};
	const id = await context.db.transaction().execute(async (trx) => {
		await lockCluster(trx, cluster.id);
		refuseWhenFull(context, await countResources(trx, cluster.id));
		const id = await insertResource(trx, row);
		await auditResource(context, trx, cluster.id, 'cluster.resource-added', { id, kind: 'link' });
		return id;
	});
	return presentResource(cluster.slug, { ...row, id });
}

/** What an upload really is, or what is wrong with it (a problem of the `file` field). */
function inspectUpload(
	context: ReadContext,
	file: UploadedFile | null
): DetectedType | FieldProblem {
	const t = translatorFor(context.locale);
	if (!file || (file.bytes.length === 0 && file.name === '')) {
		return { field: 'file', reason: t('clusterResource.error.fileRequired') };
	}
	if (file.bytes.length === 0)
		return { field: 'file', reason: t('clusterResource.error.fileEmpty') };
	if (file.bytes.length > MAX_RESOURCE_BYTES) throw new ResourceTooLargeError(context.locale);
	const type = detectFileType(file.bytes);
	if (!type) return { field: 'file', reason: t('clusterResource.error.fileType') };
	if (type.kind === 'image' && !readImageSize(file.bytes)) {
		return { field: 'file', reason: t('clusterResource.error.fileType') };
	}
	return type;
}

/**
 * Adds a file (PDF, JPEG, PNG or WebP, checked by its bytes, at most 10 MB) to a cluster's
 * resources. The row and the file are written together: the file is written last inside the
 * transaction, and removed again if the commit fails.
 */
export async function addFileResource(
	context: ResourceContext,
	slug: string,
	input: FileResourceInput
): Promise<ClusterResourceView> {
	const cluster = await loadCoordinatedCluster(context, slug);
	const checked = checkClusterInput(fileResourceSchema, input, context.locale);
	const type = inspectUpload(context, input.file);
	const problems = [...(checked.ok ? [] : checked.problems), ...('field' in type ? [type] : [])];
	if (!checked.ok || 'field' in type || !input.file) {
		throw invalidClusterInput(context.locale, problems);
	}
	const fields = checked.data;
	await spendClusterWrite(context);
	const file = input.file;
	const key = newUploadKey('clusters', cluster.id, type.extension);
	const now = nowOf(context);
	const row = {
		cluster_id: cluster.id,
		kind: 'file' as const,
		title: fields.title,
		description: fields.description,
		url: null,
		storage_key: key,
		file_name: sanitizeFileName(file.name, type.extension),
		media_type: type.mediaType,
		byte_size: file.bytes.length,
		pinned: 0,
		created_by: actingUserId(context),
		created_at: now,
		updated_at: now
	};
	let written = false;
	try {
		const id = await context.db.transaction().execute(async (trx) => {
			await lockCluster(trx, cluster.id);
			refuseWhenFull(context, await countResources(trx, cluster.id));
			const id = await insertResource(trx, row);
			await auditResource(context, trx, cluster.id, 'cluster.resource-added', { id, kind: 'file' });
			// Last, inside the transaction: a failed write rolls the row back.
			await context.storage.write(key, file.bytes);
			written = true;
			return id;
		});
		return presentResource(cluster.slug, { ...row, id });
	} catch (error) {
		if (written) await context.storage.remove(key).catch(() => undefined);
		throw error;
	}
}

/** Pins a resource to the top of the list, or unpins it. */
export async function setResourcePin(
	context: ClusterContext,
	slug: string,
	id: number,
	pinned: boolean
): Promise<void> {
	const cluster = await loadCoordinatedCluster(context, slug);
	await spendClusterWrite(context);
	const now = nowOf(context);
	await context.db.transaction().execute(async (trx) => {
		if (!(await setResourcePinned(trx, cluster.id, id, pinned, now))) throw notFound('resource');
		await auditResource(
			context,
			trx,
			cluster.id,
			pinned ? 'cluster.resource-pinned' : 'cluster.resource-unpinned',
			{ id }
		);
	});
}

/** Deletes a resource: its row, then its file. */
export async function removeResource(
	context: ResourceContext,
	slug: string,
	id: number
): Promise<void> {
	const cluster = await loadCoordinatedCluster(context, slug);
	await spendClusterWrite(context);
	const deleted = await context.db.transaction().execute(async (trx) => {
		const row = await deleteResource(trx, cluster.id, id);
		if (!row) throw notFound('resource');
		await auditResource(context, trx, cluster.id, 'cluster.resource-deleted', {
			id,
			title: row.title
		});
		return row;
	});
	// After the row is gone: a file left behind by a crash is harmless, a row without its file is not.
	if (deleted.storage_key) await context.storage.remove(deleted.storage_key);
}

export interface OpenedResourceFile {
	stream: ReadableStream<Uint8Array>;
	byteSize: number;
	mediaType: string;
	type: 'pdf' | 'image';
	fileName: string;
	/** Changes whenever the bytes do (a new upload gets a new key). */
	etag: string;
}

/** One cluster file's bytes, for anyone (resources are public); 404 for links and unknown ids. */
export async function openResourceFile(
	context: ReadContext & { storage: AttachmentStorage },
	slug: string,
	id: number
): Promise<OpenedResourceFile> {
	const cluster = await loadCluster(context.db, slug);
	const row = await findResource(context.db, cluster.id, id);
	if (!row || row.kind !== 'file' || !row.storage_key) throw notFound('file');
	const file = await context.storage.open(row.storage_key);
	if (!file) {
		console.error(
			'Resource %d of cluster %d has no file (%s)',
			row.id,
			cluster.id,
			row.storage_key
		);
		throw notFound('file');
	}
	const view = presentResource(cluster.slug, row);
	return {
		stream: file.stream,
		byteSize: file.size,
		mediaType: view.file?.mediaType ?? 'application/octet-stream',
		type: view.file?.type ?? 'pdf',
		fileName: view.file?.name ?? 'file',
		etag: `"${row.storage_key.replace(/^.*\//, '').replace(/\..*$/, '')}"`
	};
}
