import { sql, type Kysely } from 'kysely';
import type { Database, NewRow } from '../db/database.ts';

/** The queries of the event editor: reference lookups, the event row and its child rows. */

type Db = Kysely<Database>;

export async function findEventForEditing(db: Db, slug: string) {
	return db.selectFrom('events').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findIdsBySlugs(
	db: Db,
	table: 'organizations' | 'clusters' | 'projects' | 'solutions' | 'knowledge_products',
	slugs: string[]
): Promise<Map<string, number>> {
	if (slugs.length === 0) return new Map();
	const rows = await db
		.selectFrom(table)
		.select(['id', 'slug'])
		.where('slug', 'in', slugs)
		.execute();
	return new Map(rows.map((row) => [row.slug, row.id]));
}

/** An organization whose name or short name is `text`, ignoring case. */
export async function findOrganizationByName(db: Db, text: string) {
	const lowered = text.toLowerCase();
	return db
		.selectFrom('organizations')
		.select(['id', 'name'])
		.where((eb) =>
			eb.or([
				eb(eb.fn('lower', ['name']), '=', lowered),
				eb(eb.fn('lower', ['short_name']), '=', lowered)
			])
		)
		.orderBy('id')
		.executeTakeFirst();
}

/** A person with exactly this name, at this organization (or with this affiliation). */
export async function findPerson(
	db: Db,
	name: string,
	organizationId: number | null,
	affiliation: string | null
) {
	let query = db.selectFrom('people').select(['id', 'title', 'honorific']).where('name', '=', name);
	query =
		organizationId === null
			? query.where('organization_id', 'is', null)
			: query.where('organization_id', '=', organizationId);
	query =
		affiliation === null
			? query.where('affiliation', 'is', null)
			: query.where(sql<string>`lower(affiliation)`, '=', affiliation.toLowerCase());
	return query.orderBy('id').executeTakeFirst();
}

export async function insertPerson(db: Db, person: NewRow<'people'>): Promise<number> {
	const row = await db
		.insertInto('people')
		.values(person)
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function updatePerson(
	db: Db,
	id: number,
	changes: { title: string | null; honorific: string | null }
) {
	await db.updateTable('people').set(changes).where('id', '=', id).execute();
}

export async function insertEvent(db: Db, event: NewRow<'events'>): Promise<number> {
	const row = await db.insertInto('events').values(event).returning('id').executeTakeFirstOrThrow();
	return row.id;
}

export async function updateEventRow(
	db: Db,
	id: number,
	changes: Omit<NewRow<'events'>, 'slug' | 'created_at' | 'created_by' | 'status'>
) {
	await db.updateTable('events').set(changes).where('id', '=', id).execute();
}

/** Removes everything the editor replaces: objectives, hosts, languages, links and agenda. */
export async function deleteEventChildren(db: Db, eventId: number) {
	await db
		.deleteFrom('agenda_item_speakers')
		.where('agenda_item_id', 'in', (sub) =>
			sub.selectFrom('agenda_items').select('id').where('event_id', '=', eventId)
		)
		.execute();
	// Children first, so no row ever points at a deleted parent.
	await db
		.deleteFrom('agenda_items')
		.where('event_id', '=', eventId)
		.where('parent_id', 'is not', null)
		.execute();
	await db.deleteFrom('agenda_items').where('event_id', '=', eventId).execute();
	for (const table of [
		'event_objectives',
		'event_organizations',
		'event_languages',
		'event_clusters',
		'event_projects'
	] as const) {
		await db.deleteFrom(table).where('event_id', '=', eventId).execute();
	}
}

export interface EventChildren {
	objectives: NewRow<'event_objectives'>[];
	hosts: NewRow<'event_organizations'>[];
	languages: NewRow<'event_languages'>[];
	clusters: NewRow<'event_clusters'>[];
	projects: NewRow<'event_projects'>[];
}

export async function insertEventChildren(db: Db, rows: EventChildren) {
	if (rows.objectives.length > 0)
		await db.insertInto('event_objectives').values(rows.objectives).execute();
	if (rows.hosts.length > 0)
		await db.insertInto('event_organizations').values(rows.hosts).execute();
	if (rows.languages.length > 0)
		await db.insertInto('event_languages').values(rows.languages).execute();
	if (rows.clusters.length > 0)
		await db.insertInto('event_clusters').values(rows.clusters).execute();
	if (rows.projects.length > 0)
		await db.insertInto('event_projects').values(rows.projects).execute();
}

export async function insertAgendaItem(db: Db, item: NewRow<'agenda_items'>): Promise<number> {
	const row = await db
		.insertInto('agenda_items')
		.values(item)
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function insertAgendaSpeakers(db: Db, rows: NewRow<'agenda_item_speakers'>[]) {
	if (rows.length > 0) await db.insertInto('agenda_item_speakers').values(rows).execute();
}

/** The choices of the editor's selects, each sorted by name. */
export async function loadEditorChoices(db: Db, hostIds: number[] | 'all') {
	const organizations = db.selectFrom('organizations').select(['id', 'slug', 'name', 'short_name']);
	const [hosts, everyone, clusters, projects, solutions, knowledge] = await Promise.all([
		hostIds === 'all'
			? organizations.orderBy('name').execute()
			: hostIds.length === 0
				? Promise.resolve([])
				: organizations.where('id', 'in', hostIds).orderBy('name').execute(),
		organizations.orderBy('name').execute(),
		db.selectFrom('clusters').select(['slug', 'name']).orderBy('name').execute(),
		db.selectFrom('projects').select(['slug', 'title']).orderBy('title').execute(),
		db
			.selectFrom('solutions')
			.select(['slug', 'title'])
			.where('status', '=', 'published')
			.orderBy('title')
			.execute(),
		db.selectFrom('knowledge_products').select(['slug', 'title']).orderBy('title').execute()
	]);
	return { hosts, everyone, clusters, projects, solutions, knowledge };
}
