import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { notFound } from '../http/errors.ts';
import type { Actor } from '../identity/actor.ts';
import { isActiveMember } from '../solutions/solution-editor.repository.ts';
import { canReadNeed, type NeedAccess } from './brokering.policy.ts';
import { findNeedById, type NeedRow } from './needs.repository.ts';

/** How the actor relates to a need (undefined for visitors and the command line). */
export async function needAccessOf(
	db: Kysely<Database>,
	actor: Actor,
	need: Pick<NeedRow, 'created_by' | 'organization_id'>
): Promise<NeedAccess | undefined> {
	if (actor.kind !== 'user') return undefined;
	return {
		creator: need.created_by !== null && need.created_by === actor.userId,
		organizationMember:
			need.organization_id !== null &&
			(await isActiveMember(db, need.organization_id, actor.userId))
	};
}

/**
 * A need the actor may read, with their access. Anyone who may not read it gets a 404, so a
 * need for curators only does not reveal that it exists.
 */
export async function findReadableNeed(
	db: Kysely<Database>,
	actor: Actor,
	id: number
): Promise<{ row: NeedRow; access: NeedAccess | undefined }> {
	const row = await findNeedById(db, id);
	if (!row) throw notFound('need');
	const access = await needAccessOf(db, actor, row);
	if (!canReadNeed(actor, row, access)) throw notFound('need');
	return { row, access };
}
