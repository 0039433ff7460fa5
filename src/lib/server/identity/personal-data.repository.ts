import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

/*
 * The queries behind "download my data" and "delete my account". Secrets (password, session,
 * token hashes) are never selected here, so they cannot leak into an export by accident.
 */

/** The account itself and the public profile it is linked to, if any. */
export async function findAccountForExport(db: Kysely<Database>, userId: number) {
	return db
		.selectFrom('users as u')
		.leftJoin('people as p', 'p.id', 'u.person_id')
		.select([
			'u.id',
			'u.email',
			'u.display_name',
			'u.role',
			'u.email_verified_at',
			'u.created_at',
			'u.updated_at',
			'p.slug as person_slug',
			'p.name as person_name'
		])
		.where('u.id', '=', userId)
		.executeTakeFirst();
}

export async function listSessionsForExport(db: Kysely<Database>, userId: number) {
	return db
		.selectFrom('sessions')
		.select(['created_at', 'last_seen_at', 'expires_at', 'user_agent', 'ip_address'])
		.where('user_id', '=', userId)
		.orderBy('created_at')
		.execute();
}

export async function listMembershipsForExport(db: Kysely<Database>, userId: number) {
	return db
		.selectFrom('organization_memberships as m')
		.innerJoin('organizations as o', 'o.id', 'm.organization_id')
		.select(['o.slug', 'o.name', 'm.role', 'm.status', 'm.created_at'])
		.where('m.user_id', '=', userId)
		.orderBy('o.slug')
		.execute();
}

export async function listApiTokensForExport(db: Kysely<Database>, userId: number) {
	return db
		.selectFrom('api_tokens')
		.select(['name', 'prefix', 'scope', 'created_at', 'last_used_at', 'revoked_at'])
		.where('user_id', '=', userId)
		.orderBy('created_at')
		.execute();
}

/** The one-time email links sent to the account (what for and when; never the link itself). */
export async function listEmailLinksForExport(db: Kysely<Database>, userId: number) {
	return db
		.selectFrom('user_tokens')
		.select(['purpose', 'new_email', 'created_at', 'expires_at', 'used_at'])
		.where('user_id', '=', userId)
		.orderBy('created_at')
		.execute();
}

/** Security events the person did, or that were about their account. */
export async function listAuditEventsForExport(db: Kysely<Database>, userId: number) {
	return db
		.selectFrom('audit_events')
		.select(['occurred_at', 'action', 'subject_type', 'subject_id', 'ip_address', 'details'])
		.where((eb) =>
			eb.or([
				eb('actor_user_id', '=', userId),
				eb.and([eb('subject_type', '=', 'user'), eb('subject_id', '=', String(userId))])
			])
		)
		.orderBy('occurred_at')
		.orderBy('id')
		.execute();
}

export async function listSolutionsCreatedBy(db: Kysely<Database>, userId: number) {
	return db
		.selectFrom('solutions')
		.select(['slug', 'title', 'status', 'created_at', 'published_at'])
		.where('created_by', '=', userId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
}

export async function listNeedsCreatedBy(db: Kysely<Database>, userId: number) {
	return db
		.selectFrom('needs')
		.select(['slug', 'title', 'status', 'visibility', 'created_at'])
		.where('created_by', '=', userId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
}

/** Steps the person recorded on brokered connections, with the notes they wrote. */
export async function listConnectionStepsBy(db: Kysely<Database>, userId: number) {
	return db
		.selectFrom('connection_transitions')
		.select(['connection_id', 'from_stage', 'to_stage', 'note', 'created_at'])
		.where('actor_user_id', '=', userId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
}

/** Removes the person's solutions nobody has seen published (drafts, submissions in review). */
export async function deleteUnpublishedSolutionsOf(db: Kysely<Database>, userId: number) {
	const result = await db
		.deleteFrom('solutions')
		.where('created_by', '=', userId)
		.where('status', 'in', ['draft', 'submitted', 'changes-requested'])
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/**
 * Takes the person's published solutions off the catalogue. They are archived rather than
 * deleted because connections, clusters, events and knowledge products may point to them.
 */
export async function archivePublishedSolutionsOf(
	db: Kysely<Database>,
	userId: number,
	at: string
) {
	const result = await db
		.updateTable('solutions')
		.set({ status: 'archived', updated_at: at })
		.where('created_by', '=', userId)
		.where('status', '=', 'published')
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

/** Removes every need the person posted (their connections and steps go with them). */
export async function deleteNeedsOf(db: Kysely<Database>, userId: number) {
	const result = await db.deleteFrom('needs').where('created_by', '=', userId).executeTakeFirst();
	return Number(result.numDeletedRows);
}

/**
 * Deletes the account. The foreign keys do the rest: sessions, tokens and memberships are
 * deleted with it; solutions, needs, connection steps and audit events keep their rows with the
 * person's id set to NULL (shown as "former member").
 */
export async function deleteUserRow(db: Kysely<Database>, userId: number) {
	const result = await db.deleteFrom('users').where('id', '=', userId).executeTakeFirst();
	return Number(result.numDeletedRows);
}
