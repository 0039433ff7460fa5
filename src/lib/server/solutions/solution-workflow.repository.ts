import type { Kysely } from 'kysely';
import type { Database, NewRow } from '../db/database.ts';
import { countRows, type Paging } from '../db/paging.ts';

/** The moderation log (solution_reviews), the versions (solution_versions) and the queue. */

export async function insertReview(
	db: Kysely<Database>,
	review: NewRow<'solution_reviews'>
): Promise<void> {
	await db.insertInto('solution_reviews').values(review).execute();
}

/** The moderation log of one solution, oldest first, with who acted. */
export async function findReviews(db: Kysely<Database>, solutionId: number) {
	return db
		.selectFrom('solution_reviews as r')
		.leftJoin('users as u', 'u.id', 'r.actor_user_id')
		.select(['r.id', 'r.action', 'r.comment', 'r.created_at', 'u.display_name'])
		.where('r.solution_id', '=', solutionId)
		.orderBy('r.created_at')
		.orderBy('r.id')
		.execute();
}

export async function insertVersion(
	db: Kysely<Database>,
	version: NewRow<'solution_versions'>
): Promise<void> {
	await db.insertInto('solution_versions').values(version).execute();
}

export async function findLatestVersion(db: Kysely<Database>, solutionId: number) {
	return db
		.selectFrom('solution_versions')
		.selectAll()
		.where('solution_id', '=', solutionId)
		.orderBy('version', 'desc')
		.limit(1)
		.executeTakeFirst();
}

/** The newest versions of one solution first, with who made them. */
export async function findVersions(db: Kysely<Database>, solutionId: number, limit: number) {
	return db
		.selectFrom('solution_versions as v')
		.leftJoin('users as u', 'u.id', 'v.actor_user_id')
		.select(['v.version', 'v.snapshot', 'v.changed_fields', 'v.created_at', 'u.display_name'])
		.where('v.solution_id', '=', solutionId)
		.orderBy('v.version', 'desc')
		.limit(limit)
		.execute();
}

function submittedQueue(db: Kysely<Database>) {
	return db.selectFrom('solutions as s').where('s.status', '=', 'submitted');
}

/** Submitted solutions, the longest waiting first, with their organization and submitter. */
export async function findModerationQueue(db: Kysely<Database>, paging: Paging) {
	const [rows, total] = await Promise.all([
		submittedQueue(db)
			.leftJoin('organizations as o', 'o.id', 's.organization_id')
			.select((eb) => [
				's.slug',
				's.title',
				's.language',
				's.submitted_at',
				'o.slug as organizationSlug',
				'o.name as organizationName',
				eb
					.selectFrom('solution_reviews as r')
					.innerJoin('users as u', 'u.id', 'r.actor_user_id')
					.select('u.display_name')
					.whereRef('r.solution_id', '=', 's.id')
					.where('r.action', '=', 'submitted')
					.orderBy('r.created_at', 'desc')
					.orderBy('r.id', 'desc')
					.limit(1)
					.as('submitter')
			])
			.orderBy('s.submitted_at')
			.orderBy('s.id')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		countRows(submittedQueue(db))
	]);
	return { rows, total };
}

/** The account that last submitted a solution: the person told about each decision. */
export async function findSubmitter(db: Kysely<Database>, solutionId: number) {
	return db
		.selectFrom('solution_reviews as r')
		.innerJoin('users as u', 'u.id', 'r.actor_user_id')
		.select(['u.id', 'u.email', 'u.display_name'])
		.where('r.solution_id', '=', solutionId)
		.where('r.action', '=', 'submitted')
		.orderBy('r.created_at', 'desc')
		.orderBy('r.id', 'desc')
		.limit(1)
		.executeTakeFirst();
}

/** The people who moderate: curators and admins. */
export async function findModeratorEmails(db: Kysely<Database>): Promise<string[]> {
	const rows = await db
		.selectFrom('users')
		.select('email')
		.where('role', 'in', ['curator', 'admin'])
		.orderBy('id')
		.execute();
	return rows.map((row) => row.email);
}
