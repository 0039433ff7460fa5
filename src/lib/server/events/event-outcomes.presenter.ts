import type { EventDocumentRow, EventRecordingRow } from './event-outcomes.repository.ts';
import { formatDuration, parseVideoLink, type VideoProvider } from './video-links.ts';

/** A recording as the event page shows it: a link with our own still, and the player to load. */
export interface RecordingView {
	id: number;
	/** Language code of what is spoken (`en`, `fr`…). */
	language: string;
	/** The recording's title, or the event's when it has none. */
	title: string;
	provider: VideoProvider;
	/** Where the video is watched on its site. */
	watchUrl: string;
	/** The privacy-enhanced player loaded on click; null: the link just opens the site. */
	embedUrl: string | null;
	durationSeconds: number | null;
	/** `1:02:03`, or null when unknown. */
	durationText: string | null;
	/** Always on our origin: the uploaded still, or a poster made from the title. */
	stillUrl: string;
	/** An image the organizers uploaded, or the poster made from the title (it has a play symbol). */
	stillKind: 'upload' | 'poster';
	/** Pixel size to reserve for the still (16:9; an uploaded still is fitted into it). */
	stillWidth: number;
	stillHeight: number;
}

export interface EventDocumentView {
	id: number;
	title: string;
	/** The file's address on the site. */
	url: string;
	fileName: string;
	mediaType: string;
	byteSize: number;
}

export interface EventOutcomes {
	/** The organizers' summary, rendered from Markdown and sanitized; null when there is none. */
	summaryHtml: string | null;
	recordings: RecordingView[];
	documents: EventDocumentView[];
}

export const STILL_WIDTH = 640;
export const STILL_HEIGHT = 360;

export function recordingStillPath(eventSlug: string, id: number): string {
	return `/events/${eventSlug}/recordings/${id}/still`;
}

export function eventDocumentPath(eventSlug: string, id: number): string {
	return `/events/${eventSlug}/documents/${id}`;
}

export function presentRecording(
	event: { slug: string; title: string },
	row: EventRecordingRow
): RecordingView {
	// Parsed again on display, so a better parser improves old rows too; the stored URL was valid.
	const link = parseVideoLink(row.url);
	return {
		id: row.id,
		language: row.language,
		title: row.title ?? event.title,
		provider: link?.provider ?? 'other',
		watchUrl: link?.watchUrl ?? row.url,
		embedUrl: link?.embedUrl ?? null,
		durationSeconds: row.duration_seconds,
		durationText: row.duration_seconds === null ? null : formatDuration(row.duration_seconds),
		stillUrl: recordingStillPath(event.slug, row.id),
		stillKind: row.still_key ? 'upload' : 'poster',
		stillWidth: STILL_WIDTH,
		stillHeight: STILL_HEIGHT
	};
}

export function presentDocument(eventSlug: string, row: EventDocumentRow): EventDocumentView {
	return {
		id: row.id,
		title: row.title,
		url: eventDocumentPath(eventSlug, row.id),
		fileName: row.file_name,
		mediaType: row.media_type,
		byteSize: row.byte_size
	};
}
