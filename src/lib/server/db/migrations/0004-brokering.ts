import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's types */
type Db = Kysely<any>;

/**
 * Partnership brokering on top of the tables of 0001: SDG targets of a need, who wrote an offer
 * and in which language, matches a requester dismissed, and what the pipeline needs to know about
 * a connection — what it points at (one key per target, so a need is connected to a target once),
 * the match that suggested it, the other party's contact, and when it entered its stage.
 */
export async function up(db: Db): Promise<void> {
	await db.schema
		.createTable('need_targets')
		.addColumn('need_id', 'integer', (c) => c.notNull().references('needs.id').onDelete('cascade'))
		.addColumn('target_code', 'text', (c) =>
			c.notNull().references('sdg_targets.code').onDelete('cascade')
		)
		.addPrimaryKeyConstraint('need_targets_pk', ['need_id', 'target_code'])
		.execute();
	await db.schema.createIndex('needs_status_idx').on('needs').column('status').execute();
	await db.schema
		.createIndex('needs_organization_idx')
		.on('needs')
		.column('organization_id')
		.execute();
	await db.schema.createIndex('needs_created_by_idx').on('needs').column('created_by').execute();

	await db.schema
		.alterTable('offers')
		.addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
		.execute();
	await db.schema
		.alterTable('offers')
		.addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.execute();
	await db.schema
		.createIndex('offers_organization_idx')
		.on('offers')
		.column('organization_id')
		.execute();
	await db.schema.createIndex('offers_updated_idx').on('offers').column('updated_at').execute();

	// A match the requester (or a curator) set aside; it stays listed, folded, and can be restored.
	await db.schema
		.createTable('need_dismissals')
		.addColumn('need_id', 'integer', (c) => c.notNull().references('needs.id').onDelete('cascade'))
		.addColumn('target_key', 'text', (c) => c.notNull())
		.addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('need_dismissals_pk', ['need_id', 'target_key'])
		.execute();

	for (const [column, type] of [
		['target_kind', 'text'],
		['target_key', 'text'],
		['contact_name', 'text'],
		['contact_email', 'text'],
		['explanation', 'text'],
		['stage_changed_at', 'text']
	] as const) {
		await db.schema.alterTable('connections').addColumn(column, type).execute();
	}
	await db.schema.alterTable('connections').addColumn('score', 'double precision').execute();
	await db.schema
		.alterTable('connections')
		.addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.execute();
	await db.schema
		.createIndex('connections_target_uq')
		.unique()
		.on('connections')
		.columns(['need_id', 'target_key'])
		.execute();
}

export async function down(db: Db): Promise<void> {
	await db.schema.dropIndex('connections_target_uq').execute();
	for (const column of [
		'created_by',
		'score',
		'stage_changed_at',
		'explanation',
		'contact_email',
		'contact_name',
		'target_key',
		'target_kind'
	]) {
		await db.schema.alterTable('connections').dropColumn(column).execute();
	}
	await db.schema.dropTable('need_dismissals').execute();
	await db.schema.dropIndex('offers_updated_idx').execute();
	await db.schema.dropIndex('offers_organization_idx').execute();
	await db.schema.alterTable('offers').dropColumn('created_by').execute();
	await db.schema.alterTable('offers').dropColumn('language').execute();
	await db.schema.dropIndex('needs_created_by_idx').execute();
	await db.schema.dropIndex('needs_organization_idx').execute();
	await db.schema.dropIndex('needs_status_idx').execute();
	await db.schema.dropTable('need_targets').execute();
}
