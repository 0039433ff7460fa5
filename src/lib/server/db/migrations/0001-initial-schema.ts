import { sql, type Kysely } from 'kysely';
import { dialectOf, identity } from '../dialects/index.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's types */
type Db = Kysely<any>;

/** A link table between two records, with a composite primary key and cascading deletes. */
async function createLinkTable(
	db: Db,
	table: string,
	[leftColumn, leftTarget]: [string, string],
	[rightColumn, rightTarget, rightType = 'integer']: [string, string, ('integer' | 'text')?]
) {
	await db.schema
		.createTable(table)
		.addColumn(leftColumn, 'integer', (c) => c.notNull().references(leftTarget).onDelete('cascade'))
		.addColumn(rightColumn, rightType, (c) =>
			c.notNull().references(rightTarget).onDelete('cascade')
		)
		.addPrimaryKeyConstraint(`${table}_pk`, [leftColumn, rightColumn])
		.execute();
	await db.schema
		.createIndex(`${table}_${rightColumn}_idx`)
		.on(table)
		.column(rightColumn)
		.execute();
}

export async function up(db: Db): Promise<void> {
	const id = identity(dialectOf(db));
	const now = sql`CURRENT_TIMESTAMP`;

	// places
	await db.schema
		.createTable('countries')
		.addColumn('code', 'text', (c) => c.primaryKey())
		.addColumn('iso3', 'text', (c) => c.notNull().unique())
		.addColumn('m49', 'integer', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('region_code', 'integer', (c) => c.notNull())
		.addColumn('region_name', 'text', (c) => c.notNull())
		.addColumn('sub_region_code', 'integer', (c) => c.notNull())
		.addColumn('sub_region_name', 'text', (c) => c.notNull())
		.addColumn('intermediate_region_code', 'integer')
		.addColumn('intermediate_region_name', 'text')
		.addColumn('ldc', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('lldc', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('sids', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('global_south', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema
		.createTable('country_names')
		.addColumn('country_code', 'text', (c) =>
			c.notNull().references('countries.code').onDelete('cascade')
		)
		.addColumn('locale', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('country_names_pk', ['country_code', 'locale'])
		.execute();
	await db.schema
		.createTable('cities')
		.addColumn('id', 'integer', id)
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('country_code', 'text', (c) => c.notNull().references('countries.code'))
		.addColumn('latitude', 'double precision', (c) => c.notNull())
		.addColumn('longitude', 'double precision', (c) => c.notNull())
		.addColumn('population', 'integer')
		.addColumn('geoname_id', 'integer')
		.execute();
	await db.schema.createIndex('cities_country_idx').on('cities').column('country_code').execute();

	// taxonomy
	await db.schema
		.createTable('sdg_goals')
		.addColumn('number', 'integer', (c) => c.primaryKey())
		.addColumn('color', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('sdg_goal_translations')
		.addColumn('goal', 'integer', (c) => c.notNull().references('sdg_goals.number'))
		.addColumn('locale', 'text', (c) => c.notNull())
		.addColumn('short_name', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('sdg_goal_translations_pk', ['goal', 'locale'])
		.execute();
	await db.schema
		.createTable('sdg_targets')
		.addColumn('code', 'text', (c) => c.primaryKey())
		.addColumn('goal', 'integer', (c) => c.notNull().references('sdg_goals.number'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('sdg_target_translations')
		.addColumn('target_code', 'text', (c) => c.notNull().references('sdg_targets.code'))
		.addColumn('locale', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('sdg_target_translations_pk', ['target_code', 'locale'])
		.execute();
	await db.schema
		.createTable('sectors')
		.addColumn('slug', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('sector_dac_codes')
		.addColumn('sector_slug', 'text', (c) => c.notNull().references('sectors.slug'))
		.addColumn('dac_code', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('sector_dac_codes_pk', ['sector_slug', 'dac_code'])
		.execute();

	// organizations, people, users
	await db.schema
		.createTable('organizations')
		.addColumn('id', 'integer', id)
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('short_name', 'text')
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('country_code', 'text', (c) => c.references('countries.code'))
		.addColumn('city_id', 'integer', (c) => c.references('cities.id').onDelete('set null'))
		.addColumn('website', 'text')
		.addColumn('description', 'text', (c) => c.notNull())
		.addColumn('iati_identifier', 'text')
		.addColumn('verified_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('organizations_name_idx')
		.on('organizations')
		.column('name')
		.execute();
	await db.schema
		.createIndex('organizations_country_idx')
		.on('organizations')
		.column('country_code')
		.execute();
	await db.schema
		.createTable('people')
		.addColumn('id', 'integer', id)
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('honorific', 'text')
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('title', 'text')
		.addColumn('organization_id', 'integer', (c) =>
			c.references('organizations.id').onDelete('set null')
		)
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.createTable('users')
		.addColumn('id', 'integer', id)
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('display_name', 'text', (c) => c.notNull())
		.addColumn('password_hash', 'text')
		.addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
		.addColumn('email_verified_at', 'text')
		.addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('organization_memberships')
		.addColumn('organization_id', 'integer', (c) =>
			c.notNull().references('organizations.id').onDelete('cascade')
		)
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addPrimaryKeyConstraint('organization_memberships_pk', ['organization_id', 'user_id'])
		.execute();
	await db.schema
		.createIndex('organization_memberships_user_idx')
		.on('organization_memberships')
		.column('user_id')
		.execute();

	// solutions
	await db.schema
		.createTable('solutions')
		.addColumn('id', 'integer', id)
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('reference', 'text', (c) => c.unique())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull())
		.addColumn('challenge', 'text', (c) => c.notNull())
		.addColumn('solution', 'text', (c) => c.notNull())
		.addColumn('results', 'text', (c) => c.notNull())
		.addColumn('replicability', 'text')
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('modality', 'text', (c) => c.notNull())
		.addColumn('start_year', 'integer')
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
		.addColumn('published_at', 'text')
		.addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('solutions_status_published_idx')
		.on('solutions')
		.columns(['status', 'published_at'])
		.execute();
	await createLinkTable(
		db,
		'solution_sdgs',
		['solution_id', 'solutions.id'],
		['goal', 'sdg_goals.number']
	);
	await createLinkTable(
		db,
		'solution_sectors',
		['solution_id', 'solutions.id'],
		['sector_slug', 'sectors.slug', 'text']
	);
	await createLinkTable(
		db,
		'solution_countries',
		['solution_id', 'solutions.id'],
		['country_code', 'countries.code', 'text']
	);
	await createLinkTable(
		db,
		'solution_cities',
		['solution_id', 'solutions.id'],
		['city_id', 'cities.id']
	);
	await db.schema
		.createTable('solution_organizations')
		.addColumn('solution_id', 'integer', (c) =>
			c.notNull().references('solutions.id').onDelete('cascade')
		)
		.addColumn('organization_id', 'integer', (c) =>
			c.notNull().references('organizations.id').onDelete('cascade')
		)
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('solution_organizations_pk', [
			'solution_id',
			'organization_id',
			'role'
		])
		.execute();
	await db.schema
		.createIndex('solution_organizations_organization_idx')
		.on('solution_organizations')
		.column('organization_id')
		.execute();

	// clusters
	await db.schema
		.createTable('clusters')
		.addColumn('id', 'integer', id)
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('theme', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await createLinkTable(
		db,
		'cluster_sectors',
		['cluster_id', 'clusters.id'],
		['sector_slug', 'sectors.slug', 'text']
	);
	await createLinkTable(
		db,
		'cluster_sdgs',
		['cluster_id', 'clusters.id'],
		['goal', 'sdg_goals.number']
	);
	await db.schema
		.createTable('cluster_memberships')
		.addColumn('cluster_id', 'integer', (c) =>
			c.notNull().references('clusters.id').onDelete('cascade')
		)
		.addColumn('organization_id', 'integer', (c) =>
			c.notNull().references('organizations.id').onDelete('cascade')
		)
		.addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('statement', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addPrimaryKeyConstraint('cluster_memberships_pk', ['cluster_id', 'organization_id'])
		.execute();
	await db.schema
		.createIndex('cluster_memberships_organization_idx')
		.on('cluster_memberships')
		.column('organization_id')
		.execute();
	await createLinkTable(
		db,
		'cluster_solutions',
		['cluster_id', 'clusters.id'],
		['solution_id', 'solutions.id']
	);

	// brokering
	await db.schema
		.createTable('needs')
		.addColumn('id', 'integer', id)
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull())
		.addColumn('tried', 'text')
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('organization_id', 'integer', (c) =>
			c.references('organizations.id').onDelete('set null')
		)
		.addColumn('country_code', 'text', (c) => c.references('countries.code'))
		.addColumn('city_id', 'integer', (c) => c.references('cities.id').onDelete('set null'))
		.addColumn('timeframe', 'text')
		.addColumn('visibility', 'text', (c) => c.notNull().defaultTo('public'))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
		.addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('need_support_types')
		.addColumn('need_id', 'integer', (c) => c.notNull().references('needs.id').onDelete('cascade'))
		.addColumn('support_type', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('need_support_types_pk', ['need_id', 'support_type'])
		.execute();
	await createLinkTable(db, 'need_sdgs', ['need_id', 'needs.id'], ['goal', 'sdg_goals.number']);
	await createLinkTable(
		db,
		'need_sectors',
		['need_id', 'needs.id'],
		['sector_slug', 'sectors.slug', 'text']
	);
	await db.schema
		.createTable('need_languages')
		.addColumn('need_id', 'integer', (c) => c.notNull().references('needs.id').onDelete('cascade'))
		.addColumn('language', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('need_languages_pk', ['need_id', 'language'])
		.execute();
	await db.schema
		.createTable('offers')
		.addColumn('id', 'integer', id)
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('organization_id', 'integer', (c) =>
			c.notNull().references('organizations.id').onDelete('cascade')
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	for (const [table, column] of [
		['offer_support_types', 'support_type'],
		['offer_languages', 'language']
	] as const) {
		await db.schema
			.createTable(table)
			.addColumn('offer_id', 'integer', (c) =>
				c.notNull().references('offers.id').onDelete('cascade')
			)
			.addColumn(column, 'text', (c) => c.notNull())
			.addPrimaryKeyConstraint(`${table}_pk`, ['offer_id', column])
			.execute();
	}
	await createLinkTable(
		db,
		'offer_sectors',
		['offer_id', 'offers.id'],
		['sector_slug', 'sectors.slug', 'text']
	);
	await db.schema
		.createTable('offer_regions')
		.addColumn('offer_id', 'integer', (c) =>
			c.notNull().references('offers.id').onDelete('cascade')
		)
		.addColumn('region_code', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('offer_regions_pk', ['offer_id', 'region_code'])
		.execute();
	await db.schema
		.createTable('connections')
		.addColumn('id', 'integer', id)
		.addColumn('need_id', 'integer', (c) => c.notNull().references('needs.id').onDelete('cascade'))
		.addColumn('solution_id', 'integer', (c) => c.references('solutions.id').onDelete('set null'))
		.addColumn('provider_organization_id', 'integer', (c) =>
			c.references('organizations.id').onDelete('set null')
		)
		.addColumn('peer_city_id', 'integer', (c) => c.references('cities.id').onDelete('set null'))
		.addColumn('stage', 'text', (c) => c.notNull().defaultTo('suggested'))
		.addColumn('closed_reason', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('connections_need_idx').on('connections').column('need_id').execute();
	await db.schema.createIndex('connections_stage_idx').on('connections').column('stage').execute();
	await db.schema
		.createTable('connection_transitions')
		.addColumn('id', 'integer', id)
		.addColumn('connection_id', 'integer', (c) =>
			c.notNull().references('connections.id').onDelete('cascade')
		)
		.addColumn('from_stage', 'text')
		.addColumn('to_stage', 'text', (c) => c.notNull())
		.addColumn('actor_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('note', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.createIndex('connection_transitions_connection_idx')
		.on('connection_transitions')
		.column('connection_id')
		.execute();

	// projects
	await db.schema
		.createTable('projects')
		.addColumn('id', 'integer', id)
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull())
		.addColumn('programme', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('start_date', 'text')
		.addColumn('end_date', 'text')
		.addColumn('budget_amount', 'double precision')
		.addColumn('budget_currency', 'text')
		.addColumn('iati_identifier', 'text', (c) => c.unique())
		.addColumn('connection_id', 'integer', (c) =>
			c.references('connections.id').onDelete('set null')
		)
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('project_organizations')
		.addColumn('project_id', 'integer', (c) =>
			c.notNull().references('projects.id').onDelete('cascade')
		)
		.addColumn('organization_id', 'integer', (c) =>
			c.notNull().references('organizations.id').onDelete('cascade')
		)
		.addColumn('role', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('project_organizations_pk', ['project_id', 'organization_id', 'role'])
		.execute();
	await db.schema
		.createIndex('project_organizations_organization_idx')
		.on('project_organizations')
		.column('organization_id')
		.execute();
	await createLinkTable(
		db,
		'project_countries',
		['project_id', 'projects.id'],
		['country_code', 'countries.code', 'text']
	);
	await createLinkTable(
		db,
		'project_cities',
		['project_id', 'projects.id'],
		['city_id', 'cities.id']
	);
	await createLinkTable(
		db,
		'project_sdgs',
		['project_id', 'projects.id'],
		['goal', 'sdg_goals.number']
	);
	await createLinkTable(
		db,
		'project_sectors',
		['project_id', 'projects.id'],
		['sector_slug', 'sectors.slug', 'text']
	);
	await createLinkTable(
		db,
		'project_clusters',
		['project_id', 'projects.id'],
		['cluster_id', 'clusters.id']
	);
	await db.schema
		.createTable('project_indicators')
		.addColumn('id', 'integer', id)
		.addColumn('project_id', 'integer', (c) =>
			c.notNull().references('projects.id').onDelete('cascade')
		)
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('unit', 'text')
		.addColumn('baseline', 'double precision')
		.addColumn('target', 'double precision')
		.addColumn('actual', 'double precision')
		.execute();

	// knowledge (before events: agenda items point at knowledge products)
	await db.schema
		.createTable('knowledge_products')
		.addColumn('id', 'integer', id)
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull())
		.addColumn('published_on', 'text')
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('publisher_organization_id', 'integer', (c) =>
			c.references('organizations.id').onDelete('set null')
		)
		.addColumn('url', 'text')
		.addColumn('duration_seconds', 'integer')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();

	// events
	await db.schema
		.createTable('events')
		.addColumn('id', 'integer', id)
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull())
		.addColumn('starts_at', 'text', (c) => c.notNull())
		.addColumn('ends_at', 'text', (c) => c.notNull())
		.addColumn('time_zone', 'text', (c) => c.notNull())
		.addColumn('online_url', 'text')
		.addColumn('venue', 'text')
		.addColumn('recording_url', 'text')
		.addColumn('announced_on', 'text')
		.addColumn('moderator_person_id', 'integer', (c) =>
			c.references('people.id').onDelete('set null')
		)
		.addColumn('capacity', 'integer')
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('scheduled'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('events_starts_at_idx').on('events').column('starts_at').execute();
	for (const [table, column] of [
		['event_objectives', 'text'],
		['event_programmes', 'name']
	] as const) {
		await db.schema
			.createTable(table)
			.addColumn('event_id', 'integer', (c) =>
				c.notNull().references('events.id').onDelete('cascade')
			)
			.addColumn('position', 'integer', (c) => c.notNull())
			.addColumn(column, 'text', (c) => c.notNull())
			.addPrimaryKeyConstraint(`${table}_pk`, ['event_id', 'position'])
			.execute();
	}
	await db.schema
		.createTable('event_organizations')
		.addColumn('event_id', 'integer', (c) =>
			c.notNull().references('events.id').onDelete('cascade')
		)
		.addColumn('organization_id', 'integer', (c) =>
			c.notNull().references('organizations.id').onDelete('cascade')
		)
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('event_organizations_pk', ['event_id', 'organization_id'])
		.execute();
	await db.schema
		.createTable('event_languages')
		.addColumn('event_id', 'integer', (c) =>
			c.notNull().references('events.id').onDelete('cascade')
		)
		.addColumn('language', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('event_languages_pk', ['event_id', 'language'])
		.execute();
	await createLinkTable(
		db,
		'event_clusters',
		['event_id', 'events.id'],
		['cluster_id', 'clusters.id']
	);
	await db.schema
		.createTable('agenda_items')
		.addColumn('id', 'integer', id)
		.addColumn('event_id', 'integer', (c) =>
			c.notNull().references('events.id').onDelete('cascade')
		)
		.addColumn('parent_id', 'integer', (c) => c.references('agenda_items.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('project_id', 'integer', (c) => c.references('projects.id').onDelete('set null'))
		.addColumn('knowledge_product_id', 'integer', (c) =>
			c.references('knowledge_products.id').onDelete('set null')
		)
		.addColumn('solution_id', 'integer', (c) => c.references('solutions.id').onDelete('set null'))
		.execute();
	await db.schema
		.createIndex('agenda_items_event_idx')
		.on('agenda_items')
		.column('event_id')
		.execute();
	await db.schema
		.createTable('agenda_item_speakers')
		.addColumn('agenda_item_id', 'integer', (c) =>
			c.notNull().references('agenda_items.id').onDelete('cascade')
		)
		.addColumn('person_id', 'integer', (c) =>
			c.notNull().references('people.id').onDelete('cascade')
		)
		.addColumn('position', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('agenda_item_speakers_pk', ['agenda_item_id', 'person_id'])
		.execute();

	// knowledge links
	for (const [table, column, target] of [
		['knowledge_product_clusters', 'cluster_id', 'clusters.id'],
		['knowledge_product_projects', 'project_id', 'projects.id'],
		['knowledge_product_events', 'event_id', 'events.id'],
		['knowledge_product_solutions', 'solution_id', 'solutions.id']
	] as const) {
		await createLinkTable(
			db,
			table,
			['knowledge_product_id', 'knowledge_products.id'],
			[column, target]
		);
	}
}

export async function down(db: Db): Promise<void> {
	const tables = [
		'knowledge_product_solutions',
		'knowledge_product_events',
		'knowledge_product_projects',
		'knowledge_product_clusters',
		'agenda_item_speakers',
		'agenda_items',
		'event_clusters',
		'event_languages',
		'event_organizations',
		'event_programmes',
		'event_objectives',
		'events',
		'knowledge_products',
		'project_indicators',
		'project_clusters',
		'project_sectors',
		'project_sdgs',
		'project_cities',
		'project_countries',
		'project_organizations',
		'projects',
		'connection_transitions',
		'connections',
		'offer_regions',
		'offer_sectors',
		'offer_languages',
		'offer_support_types',
		'offers',
		'need_languages',
		'need_sectors',
		'need_sdgs',
		'need_support_types',
		'needs',
		'cluster_solutions',
		'cluster_memberships',
		'cluster_sdgs',
		'cluster_sectors',
		'clusters',
		'solution_organizations',
		'solution_cities',
		'solution_countries',
		'solution_sectors',
		'solution_sdgs',
		'solutions',
		'organization_memberships',
		'users',
		'people',
		'organizations',
		'sector_dac_codes',
		'sectors',
		'sdg_target_translations',
		'sdg_targets',
		'sdg_goal_translations',
		'sdg_goals',
		'cities',
		'country_names',
		'countries'
	];
	for (const table of tables) await db.schema.dropTable(table).ifExists().execute();
}
