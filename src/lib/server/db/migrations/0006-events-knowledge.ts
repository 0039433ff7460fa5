import type { Kysely } from 'kysely';
import { dialectOf, identity } from '../dialects/index.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's types */
type Db = Kysely<any>;

/**
 * Running events from announcement to recording: who created an event and its summary written
 * afterwards, the projects it belongs to, languages with interpretation, registrations with a
 * waitlist and reminders, recordings per language with a still image, documents presented; and
 * knowledge products with an uploaded file (size, pages, a cover image made on the server),
 * speakers' organizations that are not on the platform, and attachments on outgoing email.
 */
export async function up(db: Db): Promise<void> {
	const id = identity(dialectOf(db));
	const user = (c: any) => c.references('users.id').onDelete('set null');
	const event = (c: any) => c.notNull().references('events.id').onDelete('cascade');

	await db.schema.alterTable('events').addColumn('created_by', 'integer', user).execute();
	await db.schema.alterTable('events').addColumn('outcome_summary', 'text').execute();
	await db.schema
		.alterTable('event_languages')
		.addColumn('interpreted', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema
		.createTable('event_projects')
		.addColumn('event_id', 'integer', event)
		.addColumn('project_id', 'integer', (c) =>
			c.notNull().references('projects.id').onDelete('cascade')
		)
		.addPrimaryKeyConstraint('event_projects_pk', ['event_id', 'project_id'])
		.execute();
	await db.schema
		.createIndex('event_projects_project_idx')
		.on('event_projects')
		.column('project_id')
		.execute();

	await db.schema
		.createTable('event_registrations')
		.addColumn('id', 'integer', id)
		.addColumn('event_id', 'integer', event)
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('status', 'text', (c) => c.notNull())
		/** Waitlist order: when the person (last) asked for a place. */
		.addColumn('requested_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('promoted_at', 'text')
		.addColumn('cancelled_at', 'text')
		.addColumn('reminded_at', 'text')
		/** SHA-256 of the token in the email's cancel link. */
		.addColumn('cancel_token_hash', 'text', (c) => c.notNull().unique())
		.addUniqueConstraint('event_registrations_person_uq', ['event_id', 'user_id'])
		.execute();
	await db.schema
		.createIndex('event_registrations_queue_idx')
		.on('event_registrations')
		.columns(['event_id', 'status', 'requested_at'])
		.execute();
	await db.schema
		.createIndex('event_registrations_user_idx')
		.on('event_registrations')
		.column('user_id')
		.execute();

	await db.schema
		.createTable('event_recordings')
		.addColumn('id', 'integer', id)
		.addColumn('event_id', 'integer', event)
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('title', 'text')
		.addColumn('url', 'text', (c) => c.notNull())
		.addColumn('provider', 'text', (c) => c.notNull())
		.addColumn('provider_video_id', 'text')
		.addColumn('duration_seconds', 'integer')
		.addColumn('still_key', 'text')
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('event_recordings_event_idx')
		.on('event_recordings')
		.column('event_id')
		.execute();

	await db.schema
		.createTable('event_documents')
		.addColumn('id', 'integer', id)
		.addColumn('event_id', 'integer', event)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('storage_key', 'text', (c) => c.notNull())
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('media_type', 'text', (c) => c.notNull())
		.addColumn('byte_size', 'integer', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('created_by', 'integer', user)
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('event_documents_event_idx')
		.on('event_documents')
		.column('event_id')
		.execute();

	for (const [column, type] of [
		['description', 'text'],
		['storage_key', 'text'],
		['file_name', 'text'],
		['media_type', 'text'],
		['byte_size', 'integer'],
		['page_count', 'integer'],
		['cover_key', 'text'],
		['created_by', 'integer']
	] as const) {
		await db.schema
			.alterTable('knowledge_products')
			.addColumn(column, type, column === 'created_by' ? user : (c: any) => c)
			.execute();
	}
	await db.schema.alterTable('people').addColumn('affiliation', 'text').execute();
	await db.schema.alterTable('mail_outbox').addColumn('attachments', 'text').execute();
}

export async function down(db: Db): Promise<void> {
	for (const table of ['event_documents', 'event_recordings', 'event_registrations']) {
		await db.schema.dropTable(table).execute();
	}
	await db.schema.dropTable('event_projects').execute();
	await db.schema.alterTable('mail_outbox').dropColumn('attachments').execute();
	await db.schema.alterTable('people').dropColumn('affiliation').execute();
	for (const column of [
		'created_by',
		'cover_key',
		'page_count',
		'byte_size',
		'media_type',
		'file_name',
		'storage_key',
		'description'
	]) {
		await db.schema.alterTable('knowledge_products').dropColumn(column).execute();
	}
	await db.schema.alterTable('event_languages').dropColumn('interpreted').execute();
	await db.schema.alterTable('events').dropColumn('outcome_summary').execute();
	await db.schema.alterTable('events').dropColumn('created_by').execute();
}
