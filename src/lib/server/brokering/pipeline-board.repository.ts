import type { Kysely } from 'kysely';
import { containsPattern, countRows, type Paging } from '../db/paging.ts';
import type { Database, Row } from '../db/database.ts';
import type { Stage } from './pipeline.rules.ts';

/**
 * The SQL of the pipeline board and the connections list: connections with their need, filtered
 * on the need (words of its title, sector, country) and on the connection (kind of match, stage),
 * counted per stage, and the transitions behind the conversion figures.
 */

type Db = Kysely<Database>;

export interface BoardFilters {
	q?: string;
	kind?: Row<'connections'>['target_kind'];
	sector?: string;
	country?: string;
	stage?: Stage;
}

export interface BoardScope extends Omit<BoardFilters, 'stage'> {
	/** Only these stages (none given: every stage). */
	stages?: readonly Stage[];
}

function filtered(db: Db, scope: BoardScope) {
	let query = db
		.selectFrom('connections as c')
		.innerJoin('needs as n', 'n.id', 'c.need_id')
		.leftJoin('organizations as o', 'o.id', 'n.organization_id');
	if (scope.stages) {
		if (scope.stages.length === 0) return query.where('c.id', '<', 0);
		query = query.where('c.stage', 'in', [...scope.stages]);
	}
	if (scope.kind) query = query.where('c.target_kind', '=', scope.kind);
	if (scope.country) query = query.where('n.country_code', '=', scope.country);
	const words = scope.q;
	if (words) {
		query = query.where((eb) => eb(eb.fn('lower', ['n.title']), 'like', containsPattern(words)));
	}
	const sector = scope.sector;
	if (sector) {
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('need_sectors as ns')
					.select('ns.need_id')
					.whereRef('ns.need_id', '=', 'n.id')
					.where('ns.sector_slug', '=', sector)
			)
		);
	}
	return query;
}

/**
 * Connections with their need, oldest in their stage first (the board) or in the order they were
 * made (`order: 'id'`, the API's stable paging).
 */
export async function findBoardPage(
	db: Db,
	scope: BoardScope,
	paging: Paging,
	order: 'age' | 'id' | 'recent' = 'age'
) {
	let query = filtered(db, scope).select([
		'c.id',
		'c.need_id',
		'c.target_kind',
		'c.target_key',
		'c.solution_id',
		'c.provider_organization_id',
		'c.peer_city_id',
		'c.stage',
		'c.closed_reason',
		'c.score',
		'c.created_at',
		'c.updated_at',
		'c.stage_changed_at',
		'n.title as need_title',
		'n.country_code as need_country',
		'o.slug as need_organization_slug',
		'o.name as need_organization'
	]);
	query =
		order === 'id'
			? query.orderBy('c.id')
			: order === 'recent'
				? query.orderBy('c.stage_changed_at', 'desc').orderBy('c.id', 'desc')
				: query.orderBy('c.stage_changed_at').orderBy('c.id');
	return query.limit(paging.limit).offset(paging.offset).execute();
}

export type BoardPageRow = Awaited<ReturnType<typeof findBoardPage>>[number];

export async function countBoardConnections(db: Db, scope: BoardScope): Promise<number> {
	return countRows(filtered(db, scope).select('c.id'));
}

/** How many connections are at each stage. */
export async function countByStage(db: Db, scope: BoardScope): Promise<Map<string, number>> {
	const rows = await filtered(db, scope)
		.select((eb) => ['c.stage', eb.fn.countAll().as('total')])
		.groupBy('c.stage')
		.execute();
	return new Map(rows.map((row) => [row.stage, Number(row.total)]));
}

/** Every connection in scope with where it is now and why it closed (the funnel's base). */
export async function findFunnelConnections(db: Db, scope: BoardScope) {
	return filtered(db, scope).select(['c.id', 'c.stage', 'c.closed_reason']).execute();
}

/**
 * The transitions of the connections in scope, found by joining rather than by listing ids, so
 * the figures hold for any number of connections.
 */
export async function findFunnelTransitions(db: Db, scope: BoardScope) {
	return filtered(db, scope)
		.innerJoin('connection_transitions as t', 't.connection_id', 'c.id')
		.select(['t.connection_id', 't.from_stage', 't.to_stage'])
		.execute();
}

/** Countries of the needs that have connections: the board's country filter offers these. */
export async function findConnectedCountries(db: Db, locale: string) {
	const rows = await db
		.selectFrom('needs as n')
		.innerJoin('countries as k', 'k.code', 'n.country_code')
		.leftJoin('country_names as cn', (join) =>
			join.onRef('cn.country_code', '=', 'k.code').on('cn.locale', '=', locale)
		)
		.where((eb) =>
			eb.exists(eb.selectFrom('connections as c').select('c.id').whereRef('c.need_id', '=', 'n.id'))
		)
		.select(['k.code', 'k.name', 'cn.name as local_name'])
		.distinct()
		.execute();
	return rows
		.map((row) => ({ code: row.code, name: row.local_name ?? row.name }))
		.sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Countries by code, named in the reader's language (peer cities are shown with theirs). */
export async function findCountryNames(db: Db, codes: string[], locale: string) {
	if (codes.length === 0) return new Map<string, string>();
	const rows = await db
		.selectFrom('countries as k')
		.leftJoin('country_names as cn', (join) =>
			join.onRef('cn.country_code', '=', 'k.code').on('cn.locale', '=', locale)
		)
		.where('k.code', 'in', codes)
		.select(['k.code', 'k.name', 'cn.name as local_name'])
		.execute();
	return new Map(rows.map((row) => [row.code, row.local_name ?? row.name]));
}
