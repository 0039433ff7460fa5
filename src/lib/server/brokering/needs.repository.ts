import type { Kysely } from 'kysely';
import { containsPattern } from '../db/paging.ts';
import type { Database, NewRow, Row, UpdateRow } from '../db/database.ts';
import type { NeedVisibility } from './brokering-terms.ts';

/** The SQL of needs: the record, its links, the lists, and the matches set aside. */

type Db = Kysely<Database>;
export type NeedRow = Row<'needs'>;

export interface NeedLinks {
	supportTypes: string[];
	sdgs: number[];
	targets: string[];
	sectors: string[];
	languages: string[];
}

export async function findNeedById(db: Db, id: number): Promise<NeedRow | undefined> {
	return db.selectFrom('needs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function loadNeedLinks(db: Db, needId: number): Promise<NeedLinks> {
	const [support, sdgs, targets, sectors, languages] = await Promise.all([
		db
			.selectFrom('need_support_types')
			.select('support_type')
			.where('need_id', '=', needId)
			.execute(),
		db
			.selectFrom('need_sdgs')
			.select('goal')
			.where('need_id', '=', needId)
			.orderBy('goal')
			.execute(),
		db
			.selectFrom('need_targets')
			.select('target_code')
			.where('need_id', '=', needId)
			.orderBy('target_code')
			.execute(),
		db.selectFrom('need_sectors').select('sector_slug').where('need_id', '=', needId).execute(),
		db.selectFrom('need_languages').select('language').where('need_id', '=', needId).execute()
	]);
	return {
		supportTypes: support.map((row) => row.support_type),
		sdgs: sdgs.map((row) => row.goal),
		targets: targets.map((row) => row.target_code),
		sectors: sectors.map((row) => row.sector_slug),
		languages: languages.map((row) => row.language)
	};
}

/** The organization, place and requester of a need, for its page. */
export async function loadNeedSurroundings(db: Db, need: NeedRow) {
	const [organization, city, creator] = await Promise.all([
		need.organization_id === null
			? undefined
			: db
					.selectFrom('organizations')
					.select(['id', 'slug', 'name', 'kind'])
					.where('id', '=', need.organization_id)
					.executeTakeFirst(),
		need.city_id === null
			? undefined
			: db
					.selectFrom('cities')
					.select(['id', 'name', 'population'])
					.where('id', '=', need.city_id)
					.executeTakeFirst(),
		need.created_by === null
			? undefined
			: db
					.selectFrom('users')
					.select(['id', 'display_name', 'email'])
					.where('id', '=', need.created_by)
					.executeTakeFirst()
	]);
	return { organization: organization ?? null, city: city ?? null, creator: creator ?? null };
}

export async function insertNeed(db: Db, row: NewRow<'needs'>): Promise<number> {
	const inserted = await db
		.insertInto('needs')
		.values(row)
		.returning('id')
		.executeTakeFirstOrThrow();
	return inserted.id;
}

export async function updateNeed(db: Db, id: number, changes: UpdateRow<'needs'>): Promise<void> {
	await db.updateTable('needs').set(changes).where('id', '=', id).execute();
}

export async function deleteNeed(db: Db, id: number): Promise<void> {
	await db.deleteFrom('needs').where('id', '=', id).execute();
}

/** Replaces every link of a need (in the caller's transaction). */
export async function replaceNeedLinks(db: Db, needId: number, links: NeedLinks): Promise<void> {
	await Promise.all(
		(
			['need_support_types', 'need_sdgs', 'need_targets', 'need_sectors', 'need_languages'] as const
		).map((table) => db.deleteFrom(table).where('need_id', '=', needId).execute())
	);
	const inserts: Promise<unknown>[] = [];
	if (links.supportTypes.length > 0) {
		inserts.push(
			db
				.insertInto('need_support_types')
				.values(links.supportTypes.map((support_type) => ({ need_id: needId, support_type })))
				.execute()
		);
	}
	if (links.sdgs.length > 0) {
		inserts.push(
			db
				.insertInto('need_sdgs')
				.values(links.sdgs.map((goal) => ({ need_id: needId, goal })))
				.execute()
		);
	}
	if (links.targets.length > 0) {
		inserts.push(
			db
				.insertInto('need_targets')
				.values(links.targets.map((target_code) => ({ need_id: needId, target_code })))
				.execute()
		);
	}
	if (links.sectors.length > 0) {
		inserts.push(
			db
				.insertInto('need_sectors')
				.values(links.sectors.map((sector_slug) => ({ need_id: needId, sector_slug })))
				.execute()
		);
	}
	if (links.languages.length > 0) {
		inserts.push(
			db
				.insertInto('need_languages')
				.values(links.languages.map((language) => ({ need_id: needId, language })))
				.execute()
		);
	}
	await Promise.all(inserts);
}

export interface NeedListFilters {
	q?: string;
	sector?: string;
	sdg?: number;
	country?: string;
	support?: string;
	status?: NeedRow['status'];
	organization?: string;
}

/**
 * Needs a reader may see, newest first: those whose visibility they are allowed, plus their own
 * (created by them, or posted for an organization they are an active member of).
 */
export async function findNeeds(
	db: Db,
	who: { visibilities: NeedVisibility[]; userId: number | null },
	filters: NeedListFilters,
	paging: { limit: number; offset: number }
) {
	let query = db.selectFrom('needs as n').where((eb) => {
		const visible = [eb('n.visibility', 'in', who.visibilities)];
		if (who.userId !== null) {
			visible.push(eb('n.created_by', '=', who.userId));
			visible.push(
				eb(
					'n.organization_id',
					'in',
					eb
						.selectFrom('organization_memberships')
						.select('organization_id')
						.where('user_id', '=', who.userId)
						.where('status', '=', 'active')
				)
			);
		}
		return eb.or(visible);
	});
	if (filters.status) query = query.where('n.status', '=', filters.status);
	if (filters.country) query = query.where('n.country_code', '=', filters.country);
	if (filters.q) {
		const pattern = containsPattern(filters.q.toLowerCase());
		query = query.where((eb) =>
			eb.or([
				eb(eb.fn('lower', ['n.title']), 'like', pattern),
				eb(eb.fn('lower', ['n.description']), 'like', pattern)
			])
		);
	}
	if (filters.sector) {
		const sector = filters.sector;
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('need_sectors')
					.select('need_id')
					.whereRef('need_id', '=', 'n.id')
					.where('sector_slug', '=', sector)
			)
		);
	}
	if (filters.sdg !== undefined) {
		const goal = filters.sdg;
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('need_sdgs')
					.select('need_id')
					.whereRef('need_id', '=', 'n.id')
					.where('goal', '=', goal)
			)
		);
	}
	if (filters.support) {
		const support = filters.support;
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('need_support_types')
					.select('need_id')
					.whereRef('need_id', '=', 'n.id')
					.where('support_type', '=', support)
			)
		);
	}
	if (filters.organization) {
		const slug = filters.organization;
		query = query.where('n.organization_id', 'in', (eb) =>
			eb.selectFrom('organizations').select('id').where('slug', '=', slug)
		);
	}
	const [rows, total] = await Promise.all([
		query
			.leftJoin('organizations as o', 'o.id', 'n.organization_id')
			.leftJoin('cities as c', 'c.id', 'n.city_id')
			.select([
				'n.id',
				'n.title',
				'n.description',
				'n.language',
				'n.country_code',
				'n.visibility',
				'n.status',
				'n.created_at',
				'o.slug as organization_slug',
				'o.name as organization_name',
				'c.name as city_name'
			])
			.orderBy('n.created_at', 'desc')
			.orderBy('n.id', 'desc')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		query
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.executeTakeFirstOrThrow()
			.then((row) => Number(row.count))
	]);
	return { rows, total };
}

export type NeedListRow = Awaited<ReturnType<typeof findNeeds>>['rows'][number];

/** Sectors and SDGs of listed needs, for their cards. */
export async function loadNeedTags(db: Db, needIds: number[]) {
	if (needIds.length === 0) return { sdgs: [], sectors: [] };
	const [sdgs, sectors] = await Promise.all([
		db
			.selectFrom('need_sdgs')
			.select(['need_id', 'goal'])
			.where('need_id', 'in', needIds)
			.execute(),
		db
			.selectFrom('need_sectors')
			.select(['need_id', 'sector_slug'])
			.where('need_id', 'in', needIds)
			.execute()
	]);
	return { sdgs, sectors };
}

export async function findCityInCountry(db: Db, countryCode: string, name: string) {
	return db
		.selectFrom('cities')
		.select(['id', 'name', 'country_code'])
		.where('country_code', '=', countryCode)
		.where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
		.execute();
}

export async function suggestCitiesInCountry(db: Db, countryCode: string, name: string) {
	return db
		.selectFrom('cities')
		.select('name')
		.where('country_code', '=', countryCode)
		.where((eb) =>
			eb(eb.fn('lower', ['name']), 'like', containsPattern(name.slice(0, 3).toLowerCase()))
		)
		.orderBy('name')
		.limit(3)
		.execute();
}

export async function countryExists(db: Db, code: string): Promise<boolean> {
	const row = await db
		.selectFrom('countries')
		.select('code')
		.where('code', '=', code)
		.executeTakeFirst();
	return row !== undefined;
}

export async function findDismissedKeys(db: Db, needId: number): Promise<Set<string>> {
	const rows = await db
		.selectFrom('need_dismissals')
		.select('target_key')
		.where('need_id', '=', needId)
		.execute();
	return new Set(rows.map((row) => row.target_key));
}

export async function insertDismissal(db: Db, row: Row<'need_dismissals'>): Promise<void> {
	await db
		.insertInto('need_dismissals')
		.values(row)
		.onConflict((oc) => oc.columns(['need_id', 'target_key']).doNothing())
		.execute();
}

export async function deleteDismissal(db: Db, needId: number, targetKey: string): Promise<void> {
	await db
		.deleteFrom('need_dismissals')
		.where('need_id', '=', needId)
		.where('target_key', '=', targetKey)
		.execute();
}
