import type { ImageSize } from './solution-attachments.files.ts';
import type { SolutionAttachmentRow } from './solution-attachments.repository.ts';

export interface AttachmentView {
	id: number;
	kind: 'image' | 'pdf';
	fileName: string;
	mediaType: string;
	byteSize: number;
	caption: string | null;
	/** Where the file is served: `/solutions/<slug>/attachments/<id>/<file name>`. */
	url: string;
	/** For images whose header could be read, so pages can reserve their space. */
	width: number | null;
	height: number | null;
	createdAt: string;
}

export function attachmentUrl(slug: string, id: number, fileName: string): string {
	return `/solutions/${slug}/attachments/${id}/${encodeURIComponent(fileName)}`;
}

export function presentAttachment(
	slug: string,
	row: SolutionAttachmentRow,
	size: ImageSize | null = null
): AttachmentView {
	return {
		id: row.id,
		kind: row.kind,
		fileName: row.file_name,
		mediaType: row.media_type,
		byteSize: row.byte_size,
		caption: row.caption,
		url: attachmentUrl(slug, row.id, row.file_name),
		width: size?.width ?? null,
		height: size?.height ?? null,
		createdAt: row.created_at
	};
}
