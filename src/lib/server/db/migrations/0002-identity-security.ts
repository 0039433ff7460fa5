import { sql, type Kysely } from 'kysely';
import { dialectOf, identity } from '../dialects/index.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's types */
type Db = Kysely<any>;

/**
 * Accounts and security: database sessions (shared by every app server), one-time email tokens,
 * API tokens, the audit log, the mail outbox, and the table rate-limiter-flexible uses on
 * PostgreSQL. Secrets are only ever stored as SHA-256 hashes.
 */
export async function up(db: Db): Promise<void> {
	const id = identity(dialectOf(db));
	const now = sql`CURRENT_TIMESTAMP`;

	await db.schema
		.createTable('sessions')
		.addColumn('id_hash', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_seen_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('user_agent', 'text')
		.addColumn('ip_address', 'text')
		.execute();
	await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

	await db.schema
		.createTable('user_tokens')
		.addColumn('id', 'integer', id)
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('purpose', 'text', (c) => c.notNull())
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('new_email', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.execute();
	await db.schema.createIndex('user_tokens_user_idx').on('user_tokens').column('user_id').execute();

	await db.schema
		.createTable('api_tokens')
		.addColumn('id', 'integer', id)
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('prefix', 'text', (c) => c.notNull())
		.addColumn('scope', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_used_at', 'text')
		.addColumn('revoked_at', 'text')
		.execute();
	await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').column('user_id').execute();

	await db.schema
		.createTable('audit_events')
		.addColumn('id', 'integer', id)
		.addColumn('occurred_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('actor_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('subject_type', 'text')
		.addColumn('subject_id', 'text')
		.addColumn('ip_address', 'text')
		.addColumn('details', 'text')
		.execute();
	await db.schema
		.createIndex('audit_events_occurred_idx')
		.on('audit_events')
		.column('occurred_at')
		.execute();

	await db.schema
		.createTable('mail_outbox')
		.addColumn('id', 'integer', id)
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('to_address', 'text', (c) => c.notNull())
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('text_body', 'text', (c) => c.notNull())
		.addColumn('html_body', 'text')
		.addColumn('headers', 'text')
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('sent_at', 'text')
		.addColumn('error', 'text')
		.execute();

	// The shape rate-limiter-flexible expects for its PostgreSQL store (created here so the app
	// never needs CREATE TABLE rights at run time). Unused on SQLite, harmless there.
	await db.schema
		.createTable('rate_limits')
		.addColumn('key', 'varchar(255)', (c) => c.primaryKey())
		.addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('expire', 'bigint')
		.execute();
}

export async function down(db: Db): Promise<void> {
	for (const table of [
		'rate_limits',
		'mail_outbox',
		'audit_events',
		'api_tokens',
		'user_tokens',
		'sessions'
	]) {
		await db.schema.dropTable(table).ifExists().execute();
	}
}
