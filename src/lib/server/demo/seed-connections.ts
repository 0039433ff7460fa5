import type { Kysely } from 'kysely';
import {
	findSolutionContact,
	insertConnection,
	insertTransition
} from '../brokering/connections.repository.ts';
import { rankNeedMatches, type RankedNeedMatches } from '../brokering/need-ranking.ts';
import { needToMatch } from '../brokering/need-to-match.ts';
import { updateNeed, type NeedRow } from '../brokering/needs.repository.ts';
import { canMove } from '../brokering/pipeline.rules.ts';
import type { Database } from '../db/database.ts';
import { demoConnections, type DemoConnection } from './connections.data.ts';
import { findNeedsByTitles } from './demo-connections.repository.ts';

const DAY = 24 * 60 * 60 * 1000;

/** A path the pipeline could really have taken, in time order, after the need was posted. */
function checkPath(connection: DemoConnection, need: NeedRow, now: Date): void {
	const fail = (why: string) => {
		throw new Error(`Demo connection on "${connection.need}": ${why}`);
	};
	const { path } = connection;
	if (path.length === 0) fail('no stage');
	path.forEach((step, index) => {
		const previous = path[index - 1];
		if (previous && !canMove(previous.stage, step.stage)) {
			fail(`${previous.stage} → ${step.stage} is not a move of the pipeline`);
		}
		if (previous && step.daysAgo > previous.daysAgo) fail('steps out of time order');
	});
	const posted = (now.getTime() - new Date(need.created_at).getTime()) / DAY;
	if (path[0]!.daysAgo > posted) fail('connected before the need was posted');
	if ((path.at(-1)!.stage === 'closed') !== (connection.closedReason !== undefined)) {
		fail('a closed connection needs a reason, and only a closed one');
	}
}

function pick(ranked: RankedNeedMatches, match: DemoConnection['match']) {
	const list = {
		solution: ranked.solutions,
		provider: ranked.providers,
		'peer-city': ranked.peerCities
	}[match.kind];
	return list[match.rank];
}

/**
 * The demo connections (connections.data.ts), in order (the pilot launched on Campeche's need is
 * connection 1), each on its need's own ranked match with that match's score and explanation,
 * with a transition per step. Runs last, on the search index the seeding just built: the ranker
 * reads the solutions through it. A match the ranker no longer gives is left out.
 */
export async function seedConnections(trx: Kysely<Database>, now: Date): Promise<void> {
	const needs = await findNeedsByTitles(trx, [
		...new Set(demoConnections.map((connection) => connection.need))
	]);
	const rankings = new Map<number, RankedNeedMatches>();
	const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString();
	for (const connection of demoConnections) {
		const need = needs.get(connection.need);
		if (!need) throw new Error(`Demo connection: unknown need "${connection.need}"`);
		checkPath(connection, need, now);
		let ranked = rankings.get(need.id);
		if (!ranked) {
			ranked = await rankNeedMatches(trx, await needToMatch(trx, need), {
				excludeOrganizationId: need.organization_id,
				excludeCityId: need.city_id
			});
			rankings.set(need.id, ranked);
		}
		const match = pick(ranked, connection.match);
		if (!match) continue;
		const first = connection.path[0]!;
		const last = connection.path.at(-1)!;
		const provider =
			match.kind === 'provider'
				? match.id
				: match.kind === 'solution'
					? ((await findSolutionContact(trx, match.id))?.organization_id ?? null)
					: null;
		const id = await insertConnection(trx, {
			need_id: need.id,
			solution_id: match.kind === 'solution' ? match.id : null,
			provider_organization_id: provider,
			peer_city_id: match.kind === 'peer-city' ? match.id : null,
			target_kind: match.kind,
			target_key: match.key,
			stage: last.stage,
			closed_reason: connection.closedReason ?? null,
			score: match.score,
			explanation: JSON.stringify(match.explanation),
			created_by: null,
			created_at: at(first.daysAgo),
			updated_at: at(last.daysAgo),
			stage_changed_at: at(last.daysAgo)
		});
		let from: (typeof connection.path)[number]['stage'] | null = null;
		for (const step of connection.path) {
			await insertTransition(trx, {
				connection_id: id,
				from_stage: from,
				to_stage: step.stage,
				actor_user_id: null,
				note: step.note ?? null,
				created_at: at(step.daysAgo)
			});
			from = step.stage;
		}
		if (last.stage === 'pilot-launched') {
			await updateNeed(trx, need.id, { status: 'matched', updated_at: at(last.daysAgo) });
		}
	}
}
