import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../db/database.ts';
import type { Paging } from '../db/paging.ts';

export type OutboxRow = Row<'mail_outbox'>;

/** Stores one message and returns its id. */
export async function insertOutboxEntry(
	db: Kysely<Database>,
	entry: NewRow<'mail_outbox'>
): Promise<number> {
	const row = await db
		.insertInto('mail_outbox')
		.values(entry)
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** The message a job wrote, if it wrote one already (an earlier try of the same job). */
export async function findOutboxEntryOfJob(
	db: Kysely<Database>,
	jobId: string
): Promise<Pick<OutboxRow, 'id' | 'status'> | undefined> {
	return db
		.selectFrom('mail_outbox')
		.select(['id', 'status'])
		.where('job_id', '=', jobId)
		.executeTakeFirst();
}

/** One page of the outbox, newest first. */
export async function findOutboxEntries(
	db: Kysely<Database>,
	paging: Paging
): Promise<{ rows: OutboxRow[]; total: number }> {
	const [rows, count] = await Promise.all([
		db
			.selectFrom('mail_outbox')
			.selectAll()
			.orderBy('created_at', 'desc')
			.orderBy('id', 'desc')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		db
			.selectFrom('mail_outbox')
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.total) };
}

export async function markOutboxEntrySent(
	db: Kysely<Database>,
	id: number,
	sentAt: string
): Promise<void> {
	await db
		.updateTable('mail_outbox')
		.set({ status: 'sent', sent_at: sentAt, error: null })
		.where('id', '=', id)
		.execute();
}

export async function markOutboxEntryFailed(
	db: Kysely<Database>,
	id: number,
	error: string
): Promise<void> {
	await db
		.updateTable('mail_outbox')
		.set({ status: 'failed', error })
		.where('id', '=', id)
		.execute();
}
