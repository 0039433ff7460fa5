import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../db/database.ts';

export type SolutionAttachmentRow = Row<'solution_attachments'>;

/** The attachments of many solutions in one query, in their order. */
export async function findAttachmentsOf(
	db: Kysely<Database>,
	solutionIds: number[]
): Promise<SolutionAttachmentRow[]> {
	if (solutionIds.length === 0) return [];
	return db
		.selectFrom('solution_attachments')
		.selectAll()
		.where('solution_id', 'in', solutionIds)
		.orderBy('solution_id')
		.orderBy('position')
		.orderBy('id')
		.execute();
}

export async function findAttachment(
	db: Kysely<Database>,
	solutionId: number,
	id: number
): Promise<SolutionAttachmentRow | undefined> {
	return db
		.selectFrom('solution_attachments')
		.selectAll()
		.where('solution_id', '=', solutionId)
		.where('id', '=', id)
		.executeTakeFirst();
}

/**
 * Takes the solution's row lock until the transaction ends (a no-op update: PostgreSQL locks the
 * row, SQLite the database), so two uploads at once cannot both pass the count limit.
 */
export async function lockSolutionForAttachments(
	db: Kysely<Database>,
	solutionId: number
): Promise<void> {
	await db
		.updateTable('solutions')
		.set((eb) => ({ id: eb.ref('id') }))
		.where('id', '=', solutionId)
		.execute();
}

/** How many files the solution has, and the position after the last one. */
export async function countAttachments(
	db: Kysely<Database>,
	solutionId: number
): Promise<{ count: number; nextPosition: number }> {
	const row = await db
		.selectFrom('solution_attachments')
		.select((eb) => [
			eb.fn.countAll<string | number>().as('count'),
			eb.fn.max('position').as('last')
		])
		.where('solution_id', '=', solutionId)
		.executeTakeFirstOrThrow();
	return { count: Number(row.count), nextPosition: Number(row.last ?? 0) + 1 };
}

export async function insertAttachment(
	db: Kysely<Database>,
	attachment: NewRow<'solution_attachments'>
): Promise<number> {
	const row = await db
		.insertInto('solution_attachments')
		.values(attachment)
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** Deletes one attachment row; answers its storage key, or undefined when there was none. */
export async function deleteAttachment(
	db: Kysely<Database>,
	solutionId: number,
	id: number
): Promise<string | undefined> {
	const row = await db
		.deleteFrom('solution_attachments')
		.where('solution_id', '=', solutionId)
		.where('id', '=', id)
		.returning('storage_key')
		.executeTakeFirst();
	return row?.storage_key;
}
