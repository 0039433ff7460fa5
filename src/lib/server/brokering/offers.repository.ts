import { sql, type Kysely } from 'kysely';
import type { Database, NewRow, Row, UpdateRow } from '../db/database.ts';
import { containsPattern, countRows, type Paging } from '../db/paging.ts';

/**
 * The SQL of offers: the offers with their organization and link tables, the look-ups that check
 * what a form names, and what the offer matcher reads. Organizations, places and the taxonomy
 * belong to their modules; they are only read here.
 */

type Db = Kysely<Database>;

export interface OfferFilters {
	text?: string;
	sector?: string;
	support?: string;
	language?: string;
	/** Offers for one of these regions, or for no region in particular. */
	regionCodes?: number[];
	organizationSlug?: string;
	status: Row<'offers'>['status'];
	/** Only offers of these organizations (the reader's own, for withdrawn offers). */
	organizationIds?: number[];
}

export type OfferRow = Row<'offers'> & {
	organization_slug: string;
	organization_name: string;
	organization_short_name: string | null;
};

function filtered(db: Db, filters: OfferFilters) {
	let query = db
		.selectFrom('offers as f')
		.innerJoin('organizations as o', 'o.id', 'f.organization_id')
		.where('f.status', '=', filters.status);
	if (filters.organizationIds) {
		// An empty list matches nothing; `in ()` is not valid SQL.
		query = query.where('f.organization_id', 'in', [...filters.organizationIds, -1]);
	}
	if (filters.organizationSlug) query = query.where('o.slug', '=', filters.organizationSlug);
	if (filters.text) {
		const pattern = containsPattern(filters.text);
		query = query.where((eb) =>
			eb.or([
				eb(sql`lower(f.title)`, 'like', pattern),
				eb(sql`lower(f.description)`, 'like', pattern)
			])
		);
	}
	if (filters.sector) {
		const sector = filters.sector;
		query = query.where('f.id', 'in', (eb) =>
			eb.selectFrom('offer_sectors').select('offer_id').where('sector_slug', '=', sector)
		);
	}
	if (filters.support) {
		const support = filters.support;
		query = query.where('f.id', 'in', (eb) =>
			eb.selectFrom('offer_support_types').select('offer_id').where('support_type', '=', support)
		);
	}
	if (filters.language) {
		const language = filters.language;
		query = query.where((eb) =>
			eb.or([
				eb('f.language', '=', language),
				eb(
					'f.id',
					'in',
					eb.selectFrom('offer_languages').select('offer_id').where('language', '=', language)
				)
			])
		);
	}
	if (filters.regionCodes) {
		const codes = [...filters.regionCodes, -1];
		query = query.where((eb) =>
			eb.or([
				eb(
					'f.id',
					'in',
					eb.selectFrom('offer_regions').select('offer_id').where('region_code', 'in', codes)
				),
				eb.not(
					eb.exists(
						eb
							.selectFrom('offer_regions as r')
							.select('r.offer_id')
							.whereRef('r.offer_id', '=', 'f.id')
					)
				)
			])
		);
	}
	return query;
}

/** One page of offers, the most recently changed first, with their organization. */
export async function findOffers(
	db: Db,
	filters: OfferFilters,
	paging: Paging
): Promise<{ rows: OfferRow[]; total: number }> {
	const [rows, total] = await Promise.all([
		filtered(db, filters)
			.selectAll('f')
			.select([
				'o.slug as organization_slug',
				'o.name as organization_name',
				'o.short_name as organization_short_name'
			])
			.orderBy('f.updated_at', 'desc')
			.orderBy('f.id', 'desc')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		countRows(filtered(db, filters))
	]);
	return { rows, total };
}

export async function findOfferById(db: Db, id: number): Promise<OfferRow | undefined> {
	return db
		.selectFrom('offers as f')
		.innerJoin('organizations as o', 'o.id', 'f.organization_id')
		.selectAll('f')
		.select([
			'o.slug as organization_slug',
			'o.name as organization_name',
			'o.short_name as organization_short_name'
		])
		.where('f.id', '=', id)
		.executeTakeFirst();
}

/** What an offer lists, for a page of offers at once (one query per link table). */
export interface OfferLinks {
	supportTypes: Map<number, string[]>;
	sectors: Map<number, { slug: string; name: string }[]>;
	languages: Map<number, string[]>;
	regions: Map<number, number[]>;
}

function grouped<Item>(rows: { offer_id: number; item: Item }[]): Map<number, Item[]> {
	const groups = new Map<number, Item[]>();
	for (const row of rows) {
		const list = groups.get(row.offer_id);
		if (list) list.push(row.item);
		else groups.set(row.offer_id, [row.item]);
	}
	return groups;
}

export async function loadOfferLinks(db: Db, ids: number[]): Promise<OfferLinks> {
	if (ids.length === 0) {
		return {
			supportTypes: new Map(),
			sectors: new Map(),
			languages: new Map(),
			regions: new Map()
		};
	}
	const [supportTypes, sectors, languages, regions] = await Promise.all([
		db
			.selectFrom('offer_support_types')
			.select(['offer_id', 'support_type'])
			.where('offer_id', 'in', ids)
			.orderBy('support_type')
			.execute(),
		db
			.selectFrom('offer_sectors as l')
			.innerJoin('sectors as s', 's.slug', 'l.sector_slug')
			.select(['l.offer_id', 's.slug', 's.name'])
			.where('l.offer_id', 'in', ids)
			.orderBy('s.position')
			.execute(),
		db
			.selectFrom('offer_languages')
			.select(['offer_id', 'language'])
			.where('offer_id', 'in', ids)
			.orderBy('language')
			.execute(),
		db
			.selectFrom('offer_regions')
			.select(['offer_id', 'region_code'])
			.where('offer_id', 'in', ids)
			.orderBy('region_code')
			.execute()
	]);
	return {
		supportTypes: grouped(
			supportTypes.map((row) => ({ offer_id: row.offer_id, item: row.support_type }))
		),
		sectors: grouped(
			sectors.map((row) => ({ offer_id: row.offer_id, item: { slug: row.slug, name: row.name } }))
		),
		languages: grouped(languages.map((row) => ({ offer_id: row.offer_id, item: row.language }))),
		regions: grouped(regions.map((row) => ({ offer_id: row.offer_id, item: row.region_code })))
	};
}

/** The organizations where a person is an active member (or editor), by name. */
export async function findActiveMemberships(db: Db, userId: number) {
	return db
		.selectFrom('organization_memberships as m')
		.innerJoin('organizations as o', 'o.id', 'm.organization_id')
		.select(['o.id', 'o.slug', 'o.name'])
		.where('m.user_id', '=', userId)
		.where('m.status', '=', 'active')
		.orderBy('o.name')
		.execute();
}

/** Every organization, by name: curators may post for any of them. */
export async function listOrganizationNames(db: Db) {
	return db.selectFrom('organizations').select(['id', 'slug', 'name']).orderBy('name').execute();
}

export async function findOrganizationBySlug(db: Db, slug: string) {
	return db
		.selectFrom('organizations')
		.select(['id', 'slug', 'name'])
		.where('slug', '=', slug)
		.executeTakeFirst();
}

/** The UN M49 regions and sub-regions that hold at least one country, with their names. */
export async function listRegions(db: Db) {
	return db
		.selectFrom('countries')
		.select(['region_code', 'region_name', 'sub_region_code', 'sub_region_name'])
		.distinct()
		.orderBy('region_name')
		.orderBy('sub_region_name')
		.execute();
}

export async function insertOffer(db: Db, offer: NewRow<'offers'>): Promise<number> {
	const row = await db.insertInto('offers').values(offer).returning('id').executeTakeFirstOrThrow();
	return row.id;
}

export async function updateOfferRow(db: Db, id: number, changes: UpdateRow<'offers'>) {
	await db.updateTable('offers').set(changes).where('id', '=', id).execute();
}

export async function deleteOfferRow(db: Db, id: number): Promise<void> {
	// The link tables go with it (on delete cascade).
	await db.deleteFrom('offers').where('id', '=', id).execute();
}

/** What an offer lists, as written to its link tables. */
export interface OfferLinkValues {
	supportTypes: string[];
	sectors: string[];
	languages: string[];
	regions: number[];
}

/** Replaces every link of an offer, in the caller's transaction. */
export async function replaceOfferLinks(db: Db, id: number, links: OfferLinkValues) {
	await Promise.all([
		db.deleteFrom('offer_support_types').where('offer_id', '=', id).execute(),
		db.deleteFrom('offer_sectors').where('offer_id', '=', id).execute(),
		db.deleteFrom('offer_languages').where('offer_id', '=', id).execute(),
		db.deleteFrom('offer_regions').where('offer_id', '=', id).execute()
	]);
	if (links.supportTypes.length > 0) {
		await db
			.insertInto('offer_support_types')
			.values(links.supportTypes.map((support_type) => ({ offer_id: id, support_type })))
			.execute();
	}
	if (links.sectors.length > 0) {
		await db
			.insertInto('offer_sectors')
			.values(links.sectors.map((sector_slug) => ({ offer_id: id, sector_slug })))
			.execute();
	}
	if (links.languages.length > 0) {
		await db
			.insertInto('offer_languages')
			.values(links.languages.map((language) => ({ offer_id: id, language })))
			.execute();
	}
	if (links.regions.length > 0) {
		await db
			.insertInto('offer_regions')
			.values(links.regions.map((region_code) => ({ offer_id: id, region_code })))
			.execute();
	}
}

// What the offer matcher reads.

/** How many offers there are and when the latest changed: tells the matcher what to re-read. */
export async function offerIndexState(db: Db): Promise<{ count: number; latest: string | null }> {
	const row = await db
		.selectFrom('offers')
		.select((eb) => [eb.fn.countAll().as('count'), eb.fn.max('updated_at').as('latest')])
		.executeTakeFirstOrThrow();
	return { count: Number(row.count), latest: row.latest ?? null };
}

/** Offers changed at or after `since` (every offer when null), active or not. */
export async function findOffersChangedSince(db: Db, since: string | null) {
	let query = db.selectFrom('offers').select(['id', 'status', 'updated_at']);
	if (since !== null) query = query.where('updated_at', '>=', since);
	return query.orderBy('id').execute();
}

/** The place of an organization, with the columns a match context compares. */
export interface OfferPlaceRow {
	code: string;
	region_code: number;
	sub_region_code: number;
	intermediate_region_code: number | null;
	ldc: number;
	lldc: number;
	sids: number;
}

export interface OfferToMatchRow {
	id: number;
	organizationId: number;
	title: string;
	description: string;
	language: string;
	sectors: string[];
	languages: string[];
	place: OfferPlaceRow | null;
}

/** Active offers among `ids`, with their sectors, languages and their organization's country. */
export async function loadOffersToMatch(db: Db, ids: number[]): Promise<OfferToMatchRow[]> {
	if (ids.length === 0) return [];
	const [offers, sectors, languages] = await Promise.all([
		db
			.selectFrom('offers as f')
			.innerJoin('organizations as o', 'o.id', 'f.organization_id')
			.leftJoin('countries as c', 'c.code', 'o.country_code')
			.select([
				'f.id',
				'f.organization_id',
				'f.title',
				'f.description',
				'f.language',
				'c.code',
				'c.region_code',
				'c.sub_region_code',
				'c.intermediate_region_code',
				'c.ldc',
				'c.lldc',
				'c.sids'
			])
			.where('f.id', 'in', ids)
			.where('f.status', '=', 'active')
			.execute(),
		db
			.selectFrom('offer_sectors')
			.select(['offer_id', 'sector_slug'])
			.where('offer_id', 'in', ids)
			.execute(),
		db
			.selectFrom('offer_languages')
			.select(['offer_id', 'language'])
			.where('offer_id', 'in', ids)
			.execute()
	]);
	const sectorsOf = grouped(
		sectors.map((row) => ({ offer_id: row.offer_id, item: row.sector_slug }))
	);
	const languagesOf = grouped(
		languages.map((row) => ({ offer_id: row.offer_id, item: row.language }))
	);
	return offers.map((row) => ({
		id: row.id,
		organizationId: row.organization_id,
		title: row.title,
		description: row.description,
		language: row.language,
		sectors: sectorsOf.get(row.id) ?? [],
		languages: languagesOf.get(row.id) ?? [],
		place:
			row.code !== null &&
			row.region_code !== null &&
			row.sub_region_code !== null &&
			row.ldc !== null &&
			row.lldc !== null &&
			row.sids !== null
				? {
						code: row.code,
						region_code: row.region_code,
						sub_region_code: row.sub_region_code,
						intermediate_region_code: row.intermediate_region_code,
						ldc: row.ldc,
						lldc: row.lldc,
						sids: row.sids
					}
				: null
	}));
}
