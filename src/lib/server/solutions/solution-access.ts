import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { notFound } from '../http/errors.ts';
import type { Actor } from '../identity/actor.ts';
import { isActiveMember } from './solution-editor.repository.ts';
import { canReadSolution, type SolutionAccess } from './solutions.policy.ts';
import { findSolutionBySlug, type SolutionRow } from './solutions.repository.ts';

/** How the actor relates to a solution (undefined for visitors and the command line). */
export async function accessOf(
	db: Kysely<Database>,
	actor: Actor,
	solution: Pick<SolutionRow, 'created_by' | 'organization_id'>
): Promise<SolutionAccess | undefined> {
	if (actor.kind !== 'user') return undefined;
	return {
		creator: solution.created_by !== null && solution.created_by === actor.userId,
		organizationMember:
			solution.organization_id !== null &&
			(await isActiveMember(db, solution.organization_id, actor.userId))
	};
}

/**
 * A solution the actor may read, with their access. Anyone who may not read it gets a 404, so
 * an unpublished solution's existence is not revealed.
 */
export async function findReadableSolution(
	db: Kysely<Database>,
	actor: Actor,
	slug: string
): Promise<{ row: SolutionRow; access: SolutionAccess | undefined }> {
	const row = await findSolutionBySlug(db, slug);
	if (!row) throw notFound('solution');
	const access = await accessOf(db, actor, row);
	if (!canReadSolution(actor, row, access)) throw notFound('solution');
	return { row, access };
}
