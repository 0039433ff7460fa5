import type { Kysely } from 'kysely';
import type { Database, Row } from '../db/database.ts';

export type ReportRow = Row<'post_reports'>;

export async function insertReport(
	db: Kysely<Database>,
	row: Pick<ReportRow, 'post_id' | 'reporter_user_id' | 'reason' | 'created_at'>
): Promise<number> {
	const inserted = await db
		.insertInto('post_reports')
		.values({ ...row, status: 'open' })
		.returning('id')
		.executeTakeFirstOrThrow();
	return Number(inserted.id);
}

/** Which of these posts the person has already reported. */
export async function findReportedPostIds(
	db: Kysely<Database>,
	userId: number,
	postIds: number[]
): Promise<Set<number>> {
	if (postIds.length === 0) return new Set();
	const rows = await db
		.selectFrom('post_reports')
		.select('post_id')
		.where('reporter_user_id', '=', userId)
		.where('post_id', 'in', postIds)
		.execute();
	return new Set(rows.map((row) => row.post_id));
}

/** Open reports in some clusters (null: all), with their posts, oldest first. */
export async function findOpenReports(
	db: Kysely<Database>,
	clusterIds: number[] | null,
	limit: number
) {
	if (clusterIds !== null && clusterIds.length === 0) return [];
	let query = db
		.selectFrom('post_reports as r')
		.innerJoin('discussion_posts as p', 'p.id', 'r.post_id')
		.innerJoin('discussion_threads as t', 't.id', 'p.thread_id')
		.innerJoin('clusters as c', 'c.id', 't.cluster_id')
		.leftJoin('users as u', 'u.id', 'p.author_user_id')
		.select([
			'r.id as report_id',
			'r.reason',
			'r.created_at as reported_at',
			'p.id as post_id',
			'p.body',
			'p.status as post_status',
			'p.created_at as posted_at',
			'p.thread_id',
			'u.display_name as author_name',
			't.title as thread_title',
			'c.id as cluster_id',
			'c.slug as cluster_slug',
			'c.name as cluster_name'
		])
		.where('r.status', '=', 'open');
	if (clusterIds !== null) query = query.where('t.cluster_id', 'in', clusterIds);
	return query.orderBy('r.created_at').orderBy('r.id').limit(limit).execute();
}

/** Closes every open report of a post with what the moderator did; how many were closed. */
export async function resolveReportsOf(
	db: Kysely<Database>,
	postId: number,
	resolution: { by: number | null; at: string; outcome: 'hidden' | 'kept' }
): Promise<number> {
	const result = await db
		.updateTable('post_reports')
		.set({
			status: 'resolved',
			resolved_by: resolution.by,
			resolved_at: resolution.at,
			resolution: resolution.outcome
		})
		.where('post_id', '=', postId)
		.where('status', '=', 'open')
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}
