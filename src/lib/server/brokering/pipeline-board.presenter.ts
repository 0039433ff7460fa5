import type { TargetKind } from './need-ranking.ts';
import type { BoardPageRow } from './pipeline-board.repository.ts';
import { daysSince, isStale, mainNextStage } from './pipeline-board.rules.ts';
import type { Stage } from './pipeline.rules.ts';

/** The public shape of a connection on the board and in the connections API. */
export interface ConnectionCard {
	id: number;
	stage: Stage;
	/** Why it was closed (a `pipeline.reason.*` key's last part), when it was. */
	closedReason: string | null;
	need: { id: number; title: string; path: string };
	target: { kind: TargetKind | null; name: string; path: string | null };
	/** The organization that posted the need. */
	organization: { slug: string; name: string } | null;
	/** When it entered its stage, and how many whole days ago. */
	enteredStageAt: string;
	ageDays: number;
	/** Waiting too long at a stage it can leave. */
	stale: boolean;
	/** The match's score (0–100) when the connection was made. */
	score: number | null;
	/** The quick move of the card, to the next open stage (none at a final stage). */
	next: Stage | null;
	path: string;
}

/** What a connection points at, by kind and id: its name and page. */
export interface TargetNames {
	solutions: Map<number, { slug: string; title: string }>;
	organizations: Map<number, { slug: string; name: string }>;
	cities: Map<number, { name: string; country: string }>;
}

function targetOf(row: BoardPageRow, names: TargetNames): ConnectionCard['target'] {
	const fallback = { kind: row.target_kind, name: row.target_key ?? '—', path: null };
	if (row.target_kind === 'solution' && row.solution_id !== null) {
		const solution = names.solutions.get(row.solution_id);
		return solution
			? { kind: 'solution', name: solution.title, path: `/solutions/${solution.slug}` }
			: fallback;
	}
	if (row.target_kind === 'provider' && row.provider_organization_id !== null) {
		const organization = names.organizations.get(row.provider_organization_id);
		return organization
			? { kind: 'provider', name: organization.name, path: `/partners/${organization.slug}` }
			: fallback;
	}
	if (row.target_kind === 'peer-city' && row.peer_city_id !== null) {
		const city = names.cities.get(row.peer_city_id);
		return city
			? { kind: 'peer-city', name: `${city.name}, ${city.country}`, path: null }
			: fallback;
	}
	return fallback;
}

export function presentConnectionCard(
	row: BoardPageRow,
	names: TargetNames,
	now: Date
): ConnectionCard {
	const enteredStageAt = row.stage_changed_at ?? row.updated_at;
	const ageDays = daysSince(enteredStageAt, now);
	return {
		id: row.id,
		stage: row.stage,
		closedReason: row.closed_reason,
		need: { id: row.need_id, title: row.need_title, path: `/needs/${row.need_id}` },
		target: targetOf(row, names),
		organization:
			row.need_organization_slug && row.need_organization
				? { slug: row.need_organization_slug, name: row.need_organization }
				: null,
		enteredStageAt,
		ageDays,
		stale: isStale(row.stage, ageDays),
		score: row.score === null ? null : Math.round(row.score * 100),
		next: mainNextStage(row.stage),
		path: `/admin/brokering/${row.id}`
	};
}
