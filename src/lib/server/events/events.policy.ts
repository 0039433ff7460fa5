import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { isStaff, type Actor } from '../identity/actor.ts';

/** Events are announced publicly so that anyone can register or watch the recording. */
export function canReadEvents(actor: Actor): boolean {
	return actor.kind === 'visitor' || actor.kind === 'user' || actor.kind === 'system';
}

/** Who may create an event: curators and admins, and active editors of an organization. */
export function canCreateEvent(actor: Actor, editorOf: readonly number[]): boolean {
	return isStaff(actor) || (actor.kind === 'user' && editorOf.length > 0);
}

/**
 * Who runs an event (edits it and its agenda, sees attendees, adds recordings and documents):
 * curators and admins, and active editors of an organizing or co-hosting organization.
 */
export function canManageEvent(
	actor: Actor,
	editorOf: readonly number[],
	hostOrganizationIds: readonly number[]
): boolean {
	if (isStaff(actor)) return true;
	return actor.kind === 'user' && hostOrganizationIds.some((id) => editorOf.includes(id));
}

/** Only people with an account register, so that they can be emailed and cancel. */
export function canRegister(actor: Actor): actor is Extract<Actor, { kind: 'user' }> {
	return actor.kind === 'user';
}

/** The organizations the actor edits (active editor memberships), for the rules above. */
export async function editorOrganizationIds(db: Kysely<Database>, actor: Actor): Promise<number[]> {
	if (actor.kind !== 'user') return [];
	const rows = await db
		.selectFrom('organization_memberships')
		.select('organization_id')
		.where('user_id', '=', actor.userId)
		.where('role', '=', 'editor')
		.where('status', '=', 'active')
		.execute();
	return rows.map((row) => row.organization_id);
}

/** The organizations hosting an event (organizers and co-hosts). */
export async function eventHostOrganizationIds(
	db: Kysely<Database>,
	eventId: number
): Promise<number[]> {
	const rows = await db
		.selectFrom('event_organizations')
		.select('organization_id')
		.where('event_id', '=', eventId)
		.execute();
	return rows.map((row) => row.organization_id);
}

/** Both lookups and the rule: may this actor run this event? */
export async function mayManageEvent(
	db: Kysely<Database>,
	actor: Actor,
	eventId: number
): Promise<boolean> {
	if (isStaff(actor)) return true;
	if (actor.kind !== 'user') return false;
	const [editorOf, hosts] = await Promise.all([
		editorOrganizationIds(db, actor),
		eventHostOrganizationIds(db, eventId)
	]);
	return canManageEvent(actor, editorOf, hosts);
}
