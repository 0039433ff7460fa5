import { renderMarkdown } from '../content/markdown.ts';
import type { DiscussionAttachmentRow } from './discussion-attachments.repository.ts';
import type { PostWithAuthor } from './posts.repository.ts';

export interface PostAttachmentView {
	id: number;
	fileName: string;
	mediaType: string;
	kind: 'image' | 'pdf';
	byteSize: number;
	href: string;
}

export interface PostView {
	id: number;
	/** The author's display name; null when the account is gone or the post was seeded. */
	author: string | null;
	/** Written by the reader. */
	mine: boolean;
	createdAt: string;
	status: PostWithAuthor['status'];
	/** Markdown as written. */
	body: string;
	/** The body rendered and sanitized, safe for `{@html}`. */
	html: string;
	/** Why a moderator hid or rejected it: for its author and moderators only. */
	moderationNote: string | null;
	attachments: PostAttachmentView[];
	/** The reader may report it (and has not yet). */
	canReport: boolean;
	/** The reader reported it already. */
	reported: boolean;
}

export function attachmentHref(clusterSlug: string, threadId: number, id: number): string {
	return `/clusters/${clusterSlug}/discussions/${threadId}/attachments/${id}`;
}

export function presentAttachment(
	clusterSlug: string,
	threadId: number,
	row: DiscussionAttachmentRow
): PostAttachmentView {
	return {
		id: row.id,
		fileName: row.file_name,
		mediaType: row.media_type,
		kind: row.media_type === 'application/pdf' ? 'pdf' : 'image',
		byteSize: row.byte_size,
		href: attachmentHref(clusterSlug, threadId, row.id)
	};
}

export function presentPost(
	row: PostWithAuthor,
	context: {
		readerUserId: number | null;
		attachments: PostAttachmentView[];
		canReport: boolean;
		reported: boolean;
		/** Moderators see why a post was hidden; so does its author. */
		seesNote: boolean;
	}
): PostView {
	const mine = context.readerUserId !== null && row.author_user_id === context.readerUserId;
	return {
		id: row.id,
		author: row.author_name,
		mine,
		createdAt: row.created_at,
		status: row.status,
		body: row.body,
		html: renderMarkdown(row.body),
		moderationNote: mine || context.seesNote ? row.moderation_note : null,
		attachments: context.attachments,
		canReport: context.canReport && !context.reported,
		reported: context.reported
	};
}
