import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../db/database.ts';

/** The SQL of what an event leaves behind: its summary, recordings and documents. */

export type EventRecordingRow = Row<'event_recordings'>;
export type EventDocumentRow = Row<'event_documents'>;
export type OutcomeEvent = Pick<Row<'events'>, 'id' | 'slug' | 'title' | 'outcome_summary'>;

export async function findOutcomeEvent(
	db: Kysely<Database>,
	slug: string
): Promise<OutcomeEvent | undefined> {
	return db
		.selectFrom('events')
		.select(['id', 'slug', 'title', 'outcome_summary'])
		.where('slug', '=', slug)
		.executeTakeFirst();
}

export async function findEventLanguages(db: Kysely<Database>, eventId: number): Promise<string[]> {
	const rows = await db
		.selectFrom('event_languages')
		.select('language')
		.where('event_id', '=', eventId)
		.orderBy('language')
		.execute();
	return rows.map((row) => row.language);
}

/** Takes the event's row lock, so that concurrent additions count and number in turn. */
export async function lockEvent(db: Kysely<Database>, eventId: number): Promise<void> {
	await db
		.updateTable('events')
		.set((eb) => ({ id: eb.ref('id') }))
		.where('id', '=', eventId)
		.execute();
}

export async function setOutcomeSummary(
	db: Kysely<Database>,
	eventId: number,
	summary: string | null,
	now: string
): Promise<void> {
	await db
		.updateTable('events')
		.set({ outcome_summary: summary, updated_at: now })
		.where('id', '=', eventId)
		.execute();
}

export async function findRecordings(
	db: Kysely<Database>,
	eventId: number
): Promise<EventRecordingRow[]> {
	return db
		.selectFrom('event_recordings')
		.selectAll()
		.where('event_id', '=', eventId)
		.orderBy('position')
		.orderBy('id')
		.execute();
}

export async function findRecording(
	db: Kysely<Database>,
	eventId: number,
	id: number
): Promise<EventRecordingRow | undefined> {
	return db
		.selectFrom('event_recordings')
		.selectAll()
		.where('event_id', '=', eventId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function findDocuments(
	db: Kysely<Database>,
	eventId: number
): Promise<EventDocumentRow[]> {
	return db
		.selectFrom('event_documents')
		.selectAll()
		.where('event_id', '=', eventId)
		.orderBy('position')
		.orderBy('id')
		.execute();
}

export async function findDocument(
	db: Kysely<Database>,
	eventId: number,
	id: number
): Promise<EventDocumentRow | undefined> {
	return db
		.selectFrom('event_documents')
		.selectAll()
		.where('event_id', '=', eventId)
		.where('id', '=', id)
		.executeTakeFirst();
}

/** How many rows the event has in a table, and the position after the last one. */
export async function countAndNextPosition(
	db: Kysely<Database>,
	table: 'event_recordings' | 'event_documents',
	eventId: number
): Promise<{ count: number; next: number }> {
	const row = await db
		.selectFrom(table)
		.select((eb) => [
			eb.fn.countAll<string | number>().as('n'),
			eb.fn.max<number | string | null>('position').as('last')
		])
		.where('event_id', '=', eventId)
		.executeTakeFirstOrThrow();
	return { count: Number(row.n), next: row.last === null ? 0 : Number(row.last) + 1 };
}

export async function insertRecording(
	db: Kysely<Database>,
	row: NewRow<'event_recordings'>
): Promise<number> {
	const inserted = await db
		.insertInto('event_recordings')
		.values(row)
		.returning('id')
		.executeTakeFirstOrThrow();
	return Number(inserted.id);
}

export async function insertDocument(
	db: Kysely<Database>,
	row: NewRow<'event_documents'>
): Promise<number> {
	const inserted = await db
		.insertInto('event_documents')
		.values(row)
		.returning('id')
		.executeTakeFirstOrThrow();
	return Number(inserted.id);
}

/** Deletes a recording; answers it (for its still), or undefined when the event has none. */
export async function deleteRecording(
	db: Kysely<Database>,
	eventId: number,
	id: number
): Promise<Pick<EventRecordingRow, 'still_key' | 'url'> | undefined> {
	return db
		.deleteFrom('event_recordings')
		.where('event_id', '=', eventId)
		.where('id', '=', id)
		.returning(['still_key', 'url'])
		.executeTakeFirst();
}

/** Deletes a document; answers it (for its file), or undefined when the event has none. */
export async function deleteDocument(
	db: Kysely<Database>,
	eventId: number,
	id: number
): Promise<Pick<EventDocumentRow, 'storage_key' | 'title'> | undefined> {
	return db
		.deleteFrom('event_documents')
		.where('event_id', '=', eventId)
		.where('id', '=', id)
		.returning(['storage_key', 'title'])
		.executeTakeFirst();
}

/** Sets the order of an event's recordings: `ids` in their new order (others keep theirs). */
export async function setRecordingPositions(
	db: Kysely<Database>,
	eventId: number,
	ids: number[]
): Promise<void> {
	for (const [position, id] of ids.entries()) {
		await db
			.updateTable('event_recordings')
			.set({ position })
			.where('event_id', '=', eventId)
			.where('id', '=', id)
			.execute();
	}
}
