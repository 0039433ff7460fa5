import { sql, type Kysely } from 'kysely';
import { dialectOf, identity } from '../dialects/index.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's types */
type Db = Kysely<any>;

/**
 * Solutions as a workflow (guided form, moderation, versions, translations, attachments) and the
 * search index that every content type writes to in the same transaction as its own change.
 *
 * The index is one table, `search_documents`, plus the dialect's full-text structure over the
 * analyzer's tokens: an FTS5 table `search_fts` on SQLite (rowid = document id), a `tsvector`
 * column with a GIN index on PostgreSQL. See `src/lib/server/search/README.md`.
 */
export async function up(db: Db): Promise<void> {
	const dialect = dialectOf(db);
	const id = identity(dialect);

	for (const [column, type] of [
		['enabling_factors', 'text'],
		['constraints', 'text'],
		['resources_mobilized', 'text'],
		['contact_name', 'text'],
		['contact_email', 'text'],
		['end_year', 'integer'],
		['submitted_at', 'text']
	] as const) {
		await db.schema.alterTable('solutions').addColumn(column, type).execute();
	}
	await db.schema
		.alterTable('solutions')
		.addColumn('organization_id', 'integer', (c) =>
			c.references('organizations.id').onDelete('set null')
		)
		.execute();
	await db.schema
		.alterTable('solutions')
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema
		.createIndex('solutions_organization_idx')
		.on('solutions')
		.column('organization_id')
		.execute();
	await db.schema
		.createIndex('solutions_created_by_idx')
		.on('solutions')
		.column('created_by')
		.execute();

	await db.schema
		.createTable('solution_targets')
		.addColumn('solution_id', 'integer', (c) =>
			c.notNull().references('solutions.id').onDelete('cascade')
		)
		.addColumn('target_code', 'text', (c) =>
			c.notNull().references('sdg_targets.code').onDelete('cascade')
		)
		.addPrimaryKeyConstraint('solution_targets_pk', ['solution_id', 'target_code'])
		.execute();

	await db.schema
		.createTable('solution_translations')
		.addColumn('solution_id', 'integer', (c) =>
			c.notNull().references('solutions.id').onDelete('cascade')
		)
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull())
		.addColumn('challenge', 'text', (c) => c.notNull())
		.addColumn('solution', 'text', (c) => c.notNull())
		.addColumn('results', 'text', (c) => c.notNull())
		.addColumn('replicability', 'text')
		.addColumn('enabling_factors', 'text')
		.addColumn('constraints', 'text')
		.addColumn('translated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('solution_translations_pk', ['solution_id', 'language'])
		.execute();

	// One row per published change: the whole solution as JSON and the fields that changed.
	await db.schema
		.createTable('solution_versions')
		.addColumn('id', 'integer', id)
		.addColumn('solution_id', 'integer', (c) =>
			c.notNull().references('solutions.id').onDelete('cascade')
		)
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('snapshot', 'text', (c) => c.notNull())
		.addColumn('changed_fields', 'text', (c) => c.notNull())
		.addColumn('actor_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('solution_versions_version_uq', ['solution_id', 'version'])
		.execute();

	// The moderation log: submissions and every curator decision with its comment or reason.
	await db.schema
		.createTable('solution_reviews')
		.addColumn('id', 'integer', id)
		.addColumn('solution_id', 'integer', (c) =>
			c.notNull().references('solutions.id').onDelete('cascade')
		)
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('comment', 'text')
		.addColumn('actor_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('solution_reviews_solution_idx')
		.on('solution_reviews')
		.column('solution_id')
		.execute();

	await db.schema
		.createTable('solution_attachments')
		.addColumn('id', 'integer', id)
		.addColumn('solution_id', 'integer', (c) =>
			c.notNull().references('solutions.id').onDelete('cascade')
		)
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('media_type', 'text', (c) => c.notNull())
		.addColumn('byte_size', 'integer', (c) => c.notNull())
		.addColumn('sha256', 'text', (c) => c.notNull())
		.addColumn('storage_key', 'text', (c) => c.notNull().unique())
		.addColumn('caption', 'text')
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('solution_attachments_solution_idx')
		.on('solution_attachments')
		.column('solution_id')
		.execute();

	// search
	await db.schema
		.createTable('search_state')
		.addColumn('id', 'integer', (c) => c.primaryKey())
		.addColumn('generation', 'integer', (c) => c.notNull())
		.execute();
	await db.insertInto('search_state').values({ id: 1, generation: 0 }).execute();

	await db.schema
		.createTable('search_documents')
		.addColumn('id', 'integer', id)
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('record_id', 'integer', (c) => c.notNull())
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('live', 'integer', (c) => c.notNull())
		.addColumn('published_at', 'text')
		.addColumn('facets', 'text', (c) => c.notNull())
		.addColumn('generation', 'integer', (c) => c.notNull())
		.addUniqueConstraint('search_documents_record_uq', ['kind', 'record_id'])
		.execute();
	await db.schema
		.createIndex('search_documents_generation_idx')
		.on('search_documents')
		.column('generation')
		.execute();

	if (dialect === 'postgres') {
		await sql`ALTER TABLE search_documents ADD COLUMN vector tsvector`.execute(db);
		await sql`CREATE INDEX search_documents_vector_idx ON search_documents USING gin (vector)`.execute(
			db
		);
	} else {
		// The analyzer has already normalized, segmented and stemmed: the ascii tokenizer only splits
		// on spaces (every non-ASCII character is a token character), keeping "12.5" and "1,000".
		await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
			title_stems, body_stems, title_words, body_words,
			content='', contentless_delete=1, tokenize="ascii tokenchars '.,'"
		)`.execute(db);
	}
}

export async function down(db: Db): Promise<void> {
	if (dialectOf(db) === 'sqlite') await sql`DROP TABLE IF EXISTS search_fts`.execute(db);
	for (const table of [
		'search_documents',
		'search_state',
		'solution_attachments',
		'solution_reviews',
		'solution_versions',
		'solution_translations',
		'solution_targets'
	]) {
		await db.schema.dropTable(table).ifExists().execute();
	}
	await db.schema.dropIndex('solutions_created_by_idx').ifExists().execute();
	await db.schema.dropIndex('solutions_organization_idx').ifExists().execute();
	for (const column of [
		'version',
		'organization_id',
		'submitted_at',
		'end_year',
		'contact_email',
		'contact_name',
		'resources_mobilized',
		'constraints',
		'enabling_factors'
	]) {
		await db.schema.alterTable('solutions').dropColumn(column).execute();
	}
}
