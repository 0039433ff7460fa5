import type { ReadContext } from '../context.ts';
import { forbidden } from '../http/errors.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import { canSeeMatches } from './brokering.policy.ts';
import { findTargetNames } from './connections.repository.ts';
import { findReadableNeed } from './need-access.ts';
import { findNeedConnections } from './need-matches.repository.ts';
import { parseTargetKey, type TargetKind } from './need-ranking.ts';
import { findDismissedKeys, type NeedRow } from './needs.repository.ts';
import type { Stage } from './pipeline.rules.ts';

/**
 * What a need's people (and curators) did with its matches: the connections in the brokering
 * pipeline, whatever the ranking says today, and the matches they set aside.
 */

export interface NeedConnectionItem {
	id: number;
	stage: Stage;
	/** `solution:12`, `provider:4`, `peer-city:9` (null for a connection made without a key). */
	target: string | null;
	kind: TargetKind | null;
	label: string | null;
	/** The target's page (cities have none). */
	href: string | null;
}

async function findNeedOfItsPeople(context: ReadContext, needId: number): Promise<NeedRow> {
	const { row, access } = await findReadableNeed(context.db, context.actor, needId);
	if (!canSeeMatches(context.actor, access)) {
		throw forbidden(translatorFor(context.locale)('match.error.forbidden'));
	}
	return row;
}

/**
 * The need's connections, oldest first, with the name of each target.
 * @example const connections = await listNeedConnections(context, 1)
 */
export async function listNeedConnections(
	context: ReadContext,
	needId: number
): Promise<NeedConnectionItem[]> {
	const need = await findNeedOfItsPeople(context, needId);
	const rows = (await findNeedConnections(context.db, need.id)).sort((a, b) => a.id - b.id);
	const targets = rows.map((row) => ({
		row,
		parsed: row.target_key ? parseTargetKey(row.target_key) : null
	}));
	const idsOf = (kind: TargetKind) =>
		targets.flatMap(({ parsed }) => (parsed?.kind === kind ? [parsed.id] : []));
	const names = await findTargetNames(context.db, {
		solutions: idsOf('solution'),
		organizations: idsOf('provider'),
		cities: idsOf('peer-city')
	});
	const heading = (parsed: { kind: TargetKind; id: number } | null) => {
		switch (parsed?.kind) {
			case 'solution': {
				const solution = names.solutions.find((item) => item.id === parsed.id);
				return solution
					? { label: solution.title, href: `/solutions/${solution.slug}` }
					: { label: null, href: null };
			}
			case 'provider': {
				const organization = names.organizations.find((item) => item.id === parsed.id);
				return organization
					? { label: organization.name, href: `/partners/${organization.slug}` }
					: { label: null, href: null };
			}
			case 'peer-city': {
				const city = names.cities.find((item) => item.id === parsed.id);
				return { label: city?.name ?? null, href: null };
			}
			default:
				return { label: null, href: null };
		}
	};
	return targets.map(({ row, parsed }) => ({
		id: row.id,
		stage: row.stage,
		target: row.target_key,
		kind: parsed?.kind ?? null,
		...heading(parsed)
	}));
}

/** The keys of the matches set aside on a need (its people and curators). */
export async function listDismissedMatches(
	context: ReadContext,
	needId: number
): Promise<string[]> {
	const need = await findNeedOfItsPeople(context, needId);
	return [...(await findDismissedKeys(context.db, need.id))].sort();
}
