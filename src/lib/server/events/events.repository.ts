import type { Kysely } from 'kysely';
import type { Database, Row } from '../db/database.ts';
import { countRows, type Paging } from '../db/paging.ts';

export type EventRow = Row<'events'>;

export interface EventFilters {
	when: 'upcoming' | 'past';
	now: string;
	kind?: string;
	clusterSlug?: string;
	language?: string;
}

function filtered(db: Kysely<Database>, filters: EventFilters) {
	let query = db
		.selectFrom('events as e')
		.where('e.ends_at', filters.when === 'upcoming' ? '>=' : '<', filters.now);
	if (filters.kind) query = query.where('e.kind', '=', filters.kind as EventRow['kind']);
	const { clusterSlug, language } = filters;
	if (clusterSlug) {
		query = query.where('e.id', 'in', (sub) =>
			sub
				.selectFrom('event_clusters as ec')
				.innerJoin('clusters as c', 'c.id', 'ec.cluster_id')
				.select('ec.event_id')
				.where('c.slug', '=', clusterSlug)
		);
	}
	if (language) {
		query = query.where('e.id', 'in', (sub) =>
			sub.selectFrom('event_languages').select('event_id').where('language', '=', language)
		);
	}
	return query;
}

/** Upcoming events soonest first; past events most recent first. */
export async function findEvents(
	db: Kysely<Database>,
	filters: EventFilters,
	paging: Paging
): Promise<{ rows: EventRow[]; total: number }> {
	const direction = filters.when === 'upcoming' ? 'asc' : 'desc';
	const [rows, total] = await Promise.all([
		filtered(db, filters)
			.selectAll('e')
			.orderBy('e.starts_at', direction)
			.orderBy('e.id', direction)
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		countRows(filtered(db, filters))
	]);
	return { rows, total };
}

export async function findEventBySlug(db: Kysely<Database>, slug: string) {
	return db.selectFrom('events').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function loadEventHosts(db: Kysely<Database>, eventIds: number[]) {
	if (eventIds.length === 0) return [];
	return db
		.selectFrom('event_organizations as eo')
		.innerJoin('organizations as o', 'o.id', 'eo.organization_id')
		.select(['eo.event_id', 'eo.role', 'o.slug', 'o.name', 'o.short_name'])
		.where('eo.event_id', 'in', eventIds)
		.orderBy('eo.position')
		.execute();
}

const personColumns = [
	'p.slug',
	'p.honorific',
	'p.name',
	'p.title',
	'p.affiliation',
	'o.slug as organization_slug',
	'o.name as organization_name'
] as const;

/** Everything an event page shows, in one round of queries. */
export async function loadEventDetail(db: Kysely<Database>, event: EventRow) {
	const [
		objectives,
		programmes,
		languages,
		clusters,
		agenda,
		speakers,
		moderator,
		knowledge,
		hosts,
		projects
	] = await Promise.all([
		db
			.selectFrom('event_objectives')
			.select('text')
			.where('event_id', '=', event.id)
			.orderBy('position')
			.execute(),
		db
			.selectFrom('event_programmes')
			.select('name')
			.where('event_id', '=', event.id)
			.orderBy('position')
			.execute(),
		db
			.selectFrom('event_languages')
			.select(['language', 'interpreted'])
			.where('event_id', '=', event.id)
			.orderBy('language')
			.execute(),
		db
			.selectFrom('event_clusters as ec')
			.innerJoin('clusters as c', 'c.id', 'ec.cluster_id')
			.select(['c.slug', 'c.name'])
			.where('ec.event_id', '=', event.id)
			.orderBy('c.name')
			.execute(),
		db
			.selectFrom('agenda_items as a')
			.leftJoin('projects as p', 'p.id', 'a.project_id')
			.leftJoin('knowledge_products as k', 'k.id', 'a.knowledge_product_id')
			.leftJoin('solutions as s', 's.id', 'a.solution_id')
			.select([
				'a.id',
				'a.parent_id',
				'a.position',
				'a.title',
				'a.kind',
				'p.slug as project_slug',
				'k.slug as knowledge_slug',
				'k.kind as knowledge_kind',
				's.slug as solution_slug'
			])
			.where('a.event_id', '=', event.id)
			.orderBy('a.position')
			.execute(),
		db
			.selectFrom('agenda_item_speakers as sp')
			.innerJoin('agenda_items as a', 'a.id', 'sp.agenda_item_id')
			.innerJoin('people as p', 'p.id', 'sp.person_id')
			.leftJoin('organizations as o', 'o.id', 'p.organization_id')
			.select(['sp.agenda_item_id', ...personColumns])
			.where('a.event_id', '=', event.id)
			.orderBy('sp.position')
			.execute(),
		event.moderator_person_id === null
			? Promise.resolve(undefined)
			: db
					.selectFrom('people as p')
					.leftJoin('organizations as o', 'o.id', 'p.organization_id')
					.select(personColumns)
					.where('p.id', '=', event.moderator_person_id)
					.executeTakeFirst(),
		db
			.selectFrom('knowledge_product_events as ke')
			.innerJoin('knowledge_products as k', 'k.id', 'ke.knowledge_product_id')
			.select(['k.slug', 'k.title', 'k.kind'])
			.where('ke.event_id', '=', event.id)
			.orderBy('k.title')
			.execute(),
		loadEventHosts(db, [event.id]),
		db
			.selectFrom('event_projects as ep')
			.innerJoin('projects as p', 'p.id', 'ep.project_id')
			.select(['p.slug', 'p.title'])
			.where('ep.event_id', '=', event.id)
			.orderBy('p.title')
			.execute()
	]);
	return {
		objectives,
		programmes,
		languages,
		clusters,
		agenda,
		speakers,
		moderator,
		knowledge,
		hosts,
		projects
	};
}

export type EventDetailRows = Awaited<ReturnType<typeof loadEventDetail>>;

/**
 * The events a calendar feed carries: those ending at or after `endsFrom` (upcoming ones and the
 * recent past), optionally of one cluster, soonest first, at most `limit`.
 */
export async function findCalendarEvents(
	db: Kysely<Database>,
	options: { endsFrom: string; clusterId?: number; limit: number }
) {
	let query = db
		.selectFrom('events as e')
		.select([
			'e.slug',
			'e.title',
			'e.summary',
			'e.starts_at',
			'e.ends_at',
			'e.time_zone',
			'e.status',
			'e.online_url',
			'e.venue',
			'e.updated_at'
		])
		.where('e.ends_at', '>=', options.endsFrom);
	const { clusterId } = options;
	if (clusterId !== undefined) {
		query = query.where('e.id', 'in', (sub) =>
			sub.selectFrom('event_clusters').select('event_id').where('cluster_id', '=', clusterId)
		);
	}
	return query.orderBy('e.starts_at').orderBy('e.id').limit(options.limit).execute();
}

export type CalendarEventRow = Awaited<ReturnType<typeof findCalendarEvents>>[number];

/** What the filters of the events list offer: clusters that have events, and languages in use. */
export async function findEventFilterChoices(db: Kysely<Database>) {
	const [clusters, languages] = await Promise.all([
		db
			.selectFrom('clusters as c')
			.select(['c.slug', 'c.name'])
			.where('c.id', 'in', (sub) => sub.selectFrom('event_clusters').select('cluster_id'))
			.orderBy('c.name')
			.execute(),
		db.selectFrom('event_languages').select('language').distinct().orderBy('language').execute()
	]);
	return { clusters, languages: languages.map((row) => row.language) };
}
