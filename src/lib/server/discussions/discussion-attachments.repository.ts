import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../db/database.ts';

export type DiscussionAttachmentRow = Row<'discussion_attachments'>;

export async function insertAttachments(
	db: Kysely<Database>,
	rows: NewRow<'discussion_attachments'>[]
): Promise<void> {
	if (rows.length === 0) return;
	await db.insertInto('discussion_attachments').values(rows).execute();
}

/** The files of some posts, in the order they were attached. */
export async function findAttachmentsOf(
	db: Kysely<Database>,
	postIds: number[]
): Promise<DiscussionAttachmentRow[]> {
	if (postIds.length === 0) return [];
	return db
		.selectFrom('discussion_attachments')
		.selectAll()
		.where('post_id', 'in', postIds)
		.orderBy('post_id')
		.orderBy('id')
		.execute();
}

/** One file with the post and thread it hangs from, for the access check. */
export async function findAttachmentInThread(
	db: Kysely<Database>,
	threadId: number,
	attachmentId: number
) {
	return db
		.selectFrom('discussion_attachments as a')
		.innerJoin('discussion_posts as p', 'p.id', 'a.post_id')
		.selectAll('a')
		.select(['p.status as post_status', 'p.author_user_id'])
		.where('a.id', '=', attachmentId)
		.where('p.thread_id', '=', threadId)
		.executeTakeFirst();
}
