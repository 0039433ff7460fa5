import { sql, type Kysely } from 'kysely';
import { dialectOf, identity } from '../dialects/index.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's types */
type Db = Kysely<any>;

/**
 * Clusters as communities of practice: who decided a membership request, the cluster's resources
 * (links and files), discussion threads and posts with attachments and reports, who follows what,
 * in-app notifications with per-kind delivery preferences and digests, one-click unsubscribe
 * tokens, and the job table of the in-process job driver (SQLite; PostgreSQL uses pg-boss) with
 * the job that sent each outbox message.
 */
export async function up(db: Db): Promise<void> {
	const id = identity(dialectOf(db));
	const user = (c: any) => c.references('users.id').onDelete('set null');

	for (const column of ['requested_by', 'decided_by']) {
		await db.schema.alterTable('cluster_memberships').addColumn(column, 'integer', user).execute();
	}
	await db.schema.alterTable('cluster_memberships').addColumn('decided_at', 'text').execute();
	await db.schema.alterTable('cluster_memberships').addColumn('decision_note', 'text').execute();

	await db.schema
		.createTable('cluster_resources')
		.addColumn('id', 'integer', id)
		.addColumn('cluster_id', 'integer', (c) =>
			c.notNull().references('clusters.id').onDelete('cascade')
		)
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text')
		.addColumn('url', 'text')
		.addColumn('storage_key', 'text')
		.addColumn('file_name', 'text')
		.addColumn('media_type', 'text')
		.addColumn('byte_size', 'integer')
		.addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_by', 'integer', user)
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('cluster_resources_cluster_idx')
		.on('cluster_resources')
		.column('cluster_id')
		.execute();

	await db.schema
		.createTable('discussion_threads')
		.addColumn('id', 'integer', id)
		.addColumn('cluster_id', 'integer', (c) =>
			c.notNull().references('clusters.id').onDelete('cascade')
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull().defaultTo('discussion'))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('visible'))
		.addColumn('author_user_id', 'integer', user)
		.addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_activity_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('discussion_threads_cluster_idx')
		.on('discussion_threads')
		.columns(['cluster_id', 'last_activity_at'])
		.execute();

	await db.schema
		.createTable('discussion_posts')
		.addColumn('id', 'integer', id)
		.addColumn('thread_id', 'integer', (c) =>
			c.notNull().references('discussion_threads.id').onDelete('cascade')
		)
		.addColumn('author_user_id', 'integer', user)
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('visible'))
		.addColumn('moderated_by', 'integer', user)
		.addColumn('moderated_at', 'text')
		.addColumn('moderation_note', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('discussion_posts_thread_idx')
		.on('discussion_posts')
		.columns(['thread_id', 'created_at'])
		.execute();
	await db.schema
		.createIndex('discussion_posts_author_idx')
		.on('discussion_posts')
		.column('author_user_id')
		.execute();

	await db.schema
		.createTable('discussion_attachments')
		.addColumn('id', 'integer', id)
		.addColumn('post_id', 'integer', (c) =>
			c.notNull().references('discussion_posts.id').onDelete('cascade')
		)
		.addColumn('storage_key', 'text', (c) => c.notNull())
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('media_type', 'text', (c) => c.notNull())
		.addColumn('byte_size', 'integer', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('discussion_attachments_post_idx')
		.on('discussion_attachments')
		.column('post_id')
		.execute();

	await db.schema
		.createTable('post_reports')
		.addColumn('id', 'integer', id)
		.addColumn('post_id', 'integer', (c) =>
			c.notNull().references('discussion_posts.id').onDelete('cascade')
		)
		.addColumn('reporter_user_id', 'integer', (c) =>
			c.notNull().references('users.id').onDelete('cascade')
		)
		.addColumn('reason', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
		.addColumn('resolved_by', 'integer', user)
		.addColumn('resolved_at', 'text')
		.addColumn('resolution', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('post_reports_once_uq', ['post_id', 'reporter_user_id'])
		.execute();
	await db.schema
		.createIndex('post_reports_status_idx')
		.on('post_reports')
		.columns(['status', 'created_at'])
		.execute();

	await db.schema
		.createTable('follows')
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('target_kind', 'text', (c) => c.notNull())
		.addColumn('target_id', 'integer', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('follows_pk', ['user_id', 'target_kind', 'target_id'])
		.execute();
	await db.schema
		.createIndex('follows_target_idx')
		.on('follows')
		.columns(['target_kind', 'target_id'])
		.execute();

	await db.schema
		.createTable('notifications')
		.addColumn('id', 'integer', id)
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('actor_user_id', 'integer', user)
		.addColumn('cluster_id', 'integer', (c) => c.references('clusters.id').onDelete('cascade'))
		.addColumn('subject_kind', 'text', (c) => c.notNull())
		.addColumn('subject_id', 'integer', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('excerpt', 'text')
		.addColumn('link', 'text', (c) => c.notNull())
		.addColumn('delivery', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('read_at', 'text')
		.addColumn('emailed_at', 'text')
		.addColumn('event_key', 'text')
		.execute();
	await db.schema
		.createIndex('notifications_event_uq')
		.on('notifications')
		.columns(['event_key', 'user_id'])
		.unique()
		.execute();
	await db.schema
		.createIndex('notifications_user_idx')
		.on('notifications')
		.columns(['user_id', 'read_at', 'created_at'])
		.execute();
	await db.schema
		.createIndex('notifications_digest_idx')
		.on('notifications')
		.columns(['delivery', 'emailed_at', 'user_id'])
		.execute();

	await db.schema
		.createTable('notification_preferences')
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('delivery', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'kind'])
		.execute();

	await db.schema
		.createTable('notification_digests')
		.addColumn('id', 'integer', id)
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('frequency', 'text', (c) => c.notNull())
		.addColumn('notification_count', 'integer', (c) => c.notNull())
		.addColumn('sent_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('notification_digests_user_idx')
		.on('notification_digests')
		.columns(['user_id', 'frequency', 'sent_at'])
		.execute();

	await db.schema
		.createTable('unsubscribe_tokens')
		.addColumn('token_hash', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('kind', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.execute();

	await db.schema
		.createTable('jobs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('payload', 'text', (c) => c.notNull())
		.addColumn('state', 'text', (c) => c.notNull())
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('max_attempts', 'integer', (c) => c.notNull())
		.addColumn('run_at', 'text', (c) => c.notNull())
		.addColumn('locked_until', 'text')
		.addColumn('singleton_key', 'text')
		.addColumn('last_error', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('finished_at', 'text')
		.execute();
	await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['state', 'run_at']).execute();
	// One waiting or running job per name and key; NULL keys (most jobs) never collide.
	await db.schema
		.createIndex('jobs_singleton_uq')
		.unique()
		.on('jobs')
		.columns(['name', 'singleton_key'])
		.where(sql.ref('state'), 'in', ['queued', 'running'])
		.execute();
	await db.schema
		.createIndex('jobs_failed_idx')
		.on('jobs')
		.columns(['state', 'finished_at'])
		.execute();

	// The job that sent a message, so a retried or restarted job never sends it twice.
	await db.schema.alterTable('mail_outbox').addColumn('job_id', 'text').execute();
	await db.schema
		.createIndex('mail_outbox_job_uq')
		.unique()
		.on('mail_outbox')
		.column('job_id')
		.execute();
}

export async function down(db: Db): Promise<void> {
	await db.schema.dropIndex('mail_outbox_job_uq').execute();
	await db.schema.alterTable('mail_outbox').dropColumn('job_id').execute();
	for (const table of [
		'jobs',
		'unsubscribe_tokens',
		'notification_digests',
		'notification_preferences',
		'notifications',
		'follows',
		'post_reports',
		'discussion_attachments',
		'discussion_posts',
		'discussion_threads',
		'cluster_resources'
	]) {
		await db.schema.dropTable(table).execute();
	}
	for (const column of ['decision_note', 'decided_at', 'decided_by', 'requested_by']) {
		await db.schema.alterTable('cluster_memberships').dropColumn(column).execute();
	}
}
