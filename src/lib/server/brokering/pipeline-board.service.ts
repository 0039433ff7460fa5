import type { ReadContext } from '../context.ts';
import { toPaging } from '../db/paging.ts';
import { forbidden } from '../http/errors.ts';
import type { Page } from '../http/query.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import { listSectors, type SectorName } from '../taxonomy/taxonomy.repository.ts';
import { canRunPipeline } from './brokering.policy.ts';
import { findTargetNames } from './connections.repository.ts';
import {
	presentConnectionCard,
	type ConnectionCard,
	type TargetNames
} from './pipeline-board.presenter.ts';
import {
	countBoardConnections,
	countByStage,
	findBoardPage,
	findConnectedCountries,
	findCountryNames,
	findFunnelConnections,
	findFunnelTransitions,
	type BoardPageRow,
	type BoardScope
} from './pipeline-board.repository.ts';
import {
	closedByReason,
	conversionByStage,
	type ClosedCount,
	type StageConversion
} from './pipeline-board.rules.ts';
import type { BoardQuery, ConnectionListQuery } from './pipeline-board.schema.ts';
import { PIPELINE, type Stage } from './pipeline.rules.ts';

/**
 * The brokering pipeline as curators see it: every connection on a board, one column per stage,
 * with how long each card has waited, and the conversion figures of the funnel. Curators and
 * admins only.
 */

/** Cards shown per open column, the oldest first (the ones that need a look). */
export const OPEN_COLUMN_LIMIT = 200;
/** Closed cards shown, the most recently closed first. */
export const CLOSED_COLUMN_LIMIT = 50;

export interface BoardColumn {
	stage: Stage;
	/** Connections at this stage (all of them, even past the cards shown). */
	count: number;
	cards: ConnectionCard[];
	/** The closed column is folded: it is the record, not the work. */
	folded: boolean;
}

export interface PipelineBoard {
	query: BoardQuery;
	columns: BoardColumn[];
	/** The funnel of the connections matching the filters (the stage filter left aside). */
	conversion: StageConversion[];
	closed: ClosedCount[];
	total: number;
	options: {
		sectors: SectorName[];
		countries: { code: string; name: string }[];
	};
}

function refuseUnlessBroker(context: ReadContext): void {
	if (!canRunPipeline(context.actor)) {
		throw forbidden(translatorFor(context.locale)('pipeline.error.board'));
	}
}

function scopeOf(query: BoardQuery): BoardScope {
	return { q: query.q, kind: query.kind, sector: query.sector, country: query.country };
}

/** Names and pages of what the cards point at, in one query per kind. */
async function loadTargetNames(
	context: ReadContext,
	rows: readonly BoardPageRow[]
): Promise<TargetNames> {
	const ids = (pick: (row: BoardPageRow) => number | null) => [
		...new Set(rows.map(pick).filter((id): id is number => id !== null))
	];
	const found = await findTargetNames(context.db, {
		solutions: ids((row) => (row.target_kind === 'solution' ? row.solution_id : null)),
		organizations: ids((row) =>
			row.target_kind === 'provider' ? row.provider_organization_id : null
		),
		cities: ids((row) => (row.target_kind === 'peer-city' ? row.peer_city_id : null))
	});
	const countries = await findCountryNames(
		context.db,
		[...new Set(found.cities.map((city) => city.country_code))],
		context.locale
	);
	return {
		solutions: new Map(found.solutions.map((row) => [row.id, row])),
		organizations: new Map(found.organizations.map((row) => [row.id, row])),
		cities: new Map(
			found.cities.map((row) => [
				row.id,
				{ name: row.name, country: countries.get(row.country_code) ?? row.country_code }
			])
		)
	};
}

async function presentCards(
	context: ReadContext,
	rows: readonly BoardPageRow[],
	now: Date
): Promise<ConnectionCard[]> {
	const names = await loadTargetNames(context, rows);
	return rows.map((row) => presentConnectionCard(row, names, now));
}

/**
 * The board: the six open stages in order, then the closed connections (folded), each card with
 * its need, its match, its age in the stage and a stale flag; the conversion figures per stage and
 * the closed connections by reason. `stage` shows one column only.
 * @example const board = await getPipelineBoard(locals, { q: 'waste', kind: 'solution' })
 */
export async function getPipelineBoard(
	context: ReadContext & { now?: Date },
	query: BoardQuery
): Promise<PipelineBoard> {
	refuseUnlessBroker(context);
	const { db } = context;
	const now = context.now ?? new Date();
	const scope = scopeOf(query);
	const shown = (stage: Stage) => query.stage === undefined || query.stage === stage;
	const stages = [...PIPELINE, 'closed' as const].filter(shown);
	const [rowsByStage, counts, funnel, transitions, sectors, countries] = await Promise.all([
		// One query per column, so a crowded stage does not push the others off the board.
		Promise.all(
			stages.map((stage) =>
				stage === 'closed'
					? findBoardPage(
							db,
							{ ...scope, stages: [stage] },
							{ limit: CLOSED_COLUMN_LIMIT, offset: 0 },
							'recent'
						)
					: findBoardPage(
							db,
							{ ...scope, stages: [stage] },
							{ limit: OPEN_COLUMN_LIMIT, offset: 0 }
						)
			)
		),
		countByStage(db, scope),
		findFunnelConnections(db, scope),
		findFunnelTransitions(db, scope),
		listSectors(db),
		findConnectedCountries(db, context.locale)
	]);
	const cards = await presentCards(context, rowsByStage.flat(), now);
	const stagesOf = new Map<number, string[]>();
	for (const transition of transitions) {
		const reached = stagesOf.get(transition.connection_id) ?? [];
		reached.push(transition.to_stage);
		if (transition.from_stage !== null) reached.push(transition.from_stage);
		stagesOf.set(transition.connection_id, reached);
	}
	const columns: BoardColumn[] = stages.map((stage) => ({
		stage,
		count: counts.get(stage) ?? 0,
		cards: cards.filter((card) => card.stage === stage),
		folded: stage === 'closed'
	}));
	return {
		query,
		columns,
		conversion: conversionByStage(
			funnel.map((row) => ({
				connectionId: row.id,
				stage: row.stage,
				stages: stagesOf.get(row.id) ?? []
			}))
		),
		closed: closedByReason(
			funnel.filter((row) => row.stage === 'closed').map((row) => row.closed_reason)
		),
		total: columns.reduce((sum, column) => sum + column.count, 0),
		options: { sectors, countries }
	};
}

/**
 * The connections as a list (the API): the board's filters, in the order they were made.
 * @example await listConnections(locals, { stage: 'introduced', page: 1, pageSize: 20 })
 */
export async function listConnections(
	context: ReadContext & { now?: Date },
	query: ConnectionListQuery
): Promise<Page<ConnectionCard>> {
	refuseUnlessBroker(context);
	const scope: BoardScope = {
		...scopeOf(query),
		...(query.stage ? { stages: [query.stage] } : {})
	};
	const [rows, total] = await Promise.all([
		findBoardPage(context.db, scope, toPaging(query.page, query.pageSize), 'id'),
		countBoardConnections(context.db, scope)
	]);
	return {
		data: await presentCards(context, rows, context.now ?? new Date()),
		page: query.page,
		pageSize: query.pageSize,
		total
	};
}
