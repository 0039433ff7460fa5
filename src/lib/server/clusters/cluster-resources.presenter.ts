import type { ClusterResourceRow } from './cluster-resources.repository.ts';

/** A cluster resource as pages and the API show it. */
export interface ClusterResourceView {
	id: number;
	kind: 'link' | 'file';
	title: string;
	description: string | null;
	/** The link's address, or the file's address on the site. */
	url: string;
	/** For files: what it is, its name and size. */
	file: { type: 'pdf' | 'image'; mediaType: string; name: string; byteSize: number } | null;
	pinned: boolean;
	addedAt: string;
}

/** Where a cluster file is served from. */
export function resourceFilePath(clusterSlug: string, id: number): string {
	return `/clusters/${clusterSlug}/resources/${id}/file`;
}

export function presentResource(clusterSlug: string, row: ClusterResourceRow): ClusterResourceView {
	const isFile = row.kind === 'file';
	return {
		id: row.id,
		kind: row.kind,
		title: row.title,
		description: row.description,
		url: isFile ? resourceFilePath(clusterSlug, row.id) : (row.url ?? ''),
		file: isFile
			? {
					type: row.media_type === 'application/pdf' ? 'pdf' : 'image',
					mediaType: row.media_type ?? 'application/octet-stream',
					name: row.file_name ?? '',
					byteSize: row.byte_size ?? 0
				}
			: null,
		pinned: row.pinned === 1,
		addedAt: row.created_at
	};
}
