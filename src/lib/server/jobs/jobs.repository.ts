import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../db/database.ts';
import type { JobCounts } from './job.ts';

/** The SQL of the `jobs` table, which the in-process driver (SQLite) keeps its queue in. */

type Db = Kysely<Database>;
export type JobRow = Row<'jobs'>;

/**
 * Stores a job; false when its id exists or a singleton with its name and key is already waiting
 * or running (`jobs_singleton_uq`).
 */
export async function insertJob(db: Db, row: NewRow<'jobs'>): Promise<boolean> {
	const inserted = await db
		.insertInto('jobs')
		.values(row)
		.onConflict((conflict) => conflict.doNothing())
		.returning('id')
		.executeTakeFirst();
	return inserted !== undefined;
}

/**
 * Takes the job that has been due longest among the given names: marks it running and counts the
 * attempt, in one statement, so no two claims get the same job.
 */
export async function claimNextJob(
	db: Db,
	names: readonly string[],
	now: string,
	lockedUntil: string
): Promise<JobRow | undefined> {
	if (names.length === 0) return undefined;
	return db
		.updateTable('jobs')
		.set((eb) => ({
			state: 'running',
			attempts: eb('attempts', '+', 1),
			locked_until: lockedUntil,
			updated_at: now
		}))
		.where('id', '=', (eb) =>
			eb
				.selectFrom('jobs')
				.select('id')
				.where('state', '=', 'queued')
				.where('run_at', '<=', now)
				.where('name', 'in', names)
				.orderBy('run_at')
				.orderBy('created_at')
				.limit(1)
		)
		.where('state', '=', 'queued')
		.returningAll()
		.executeTakeFirst();
}

/** The attempt that claimed a job; a late answer from an older attempt changes nothing. */
interface Claim {
	id: string;
	attempt: number;
}

function claimed(db: Db, claim: Claim) {
	return db
		.updateTable('jobs')
		.where('id', '=', claim.id)
		.where('state', '=', 'running')
		.where('attempts', '=', claim.attempt);
}

export async function markJobDone(db: Db, claim: Claim, now: string): Promise<void> {
	await claimed(db, claim)
		.set({ state: 'done', locked_until: null, last_error: null, finished_at: now, updated_at: now })
		.execute();
}

export async function markJobForRetry(
	db: Db,
	claim: Claim,
	{ runAt, error, now }: { runAt: string; error: string; now: string }
): Promise<void> {
	await claimed(db, claim)
		.set({ state: 'queued', run_at: runAt, locked_until: null, last_error: error, updated_at: now })
		.execute();
}

/** No attempt left: the job is dead (`failed`) until an admin retries it. */
export async function markJobDead(
	db: Db,
	claim: Claim,
	{ error, now }: { error: string; now: string }
): Promise<void> {
	await claimed(db, claim)
		.set({
			state: 'failed',
			locked_until: null,
			last_error: error,
			finished_at: now,
			updated_at: now
		})
		.execute();
}

/**
 * Jobs a stopped process left running: those with attempts left wait to run again at once, the
 * others are dead (a job that kills its process must not kill every restart too).
 * Returns how many will run again.
 */
export async function requeueInterruptedJobs(db: Db, now: string): Promise<number> {
	await db
		.updateTable('jobs')
		.set({
			state: 'failed',
			locked_until: null,
			last_error: 'Interrupted: the process stopped while the job ran, on its last attempt.',
			finished_at: now,
			updated_at: now
		})
		.where('state', '=', 'running')
		.whereRef('attempts', '>=', 'max_attempts')
		.execute();
	const result = await db
		.updateTable('jobs')
		.set({ state: 'queued', locked_until: null, run_at: now, updated_at: now })
		.where('state', '=', 'running')
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

/** Dead jobs, newest first. */
export async function findFailedJobs(db: Db, limit: number): Promise<JobRow[]> {
	return db
		.selectFrom('jobs')
		.selectAll()
		.where('state', '=', 'failed')
		.orderBy('finished_at', 'desc')
		.orderBy('id')
		.limit(limit)
		.execute();
}

/** A dead job waits again with a fresh set of attempts; false when no dead job has this id. */
export async function requeueFailedJob(db: Db, id: string, now: string): Promise<boolean> {
	const result = await db
		.updateTable('jobs')
		.set({
			state: 'queued',
			attempts: 0,
			run_at: now,
			locked_until: null,
			last_error: null,
			finished_at: null,
			updated_at: now
		})
		.where('id', '=', id)
		.where('state', '=', 'failed')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

export async function countJobs(db: Db): Promise<JobCounts> {
	const rows = await db
		.selectFrom('jobs')
		.select(['state', (eb) => eb.fn.countAll<number>().as('count')])
		.where('state', 'in', ['queued', 'running', 'failed'])
		.groupBy('state')
		.execute();
	const count = (state: string) => Number(rows.find((row) => row.state === state)?.count ?? 0);
	return { queued: count('queued'), running: count('running'), failed: count('failed') };
}

/** Forgets finished jobs: done ones after a while, dead ones after longer. */
export async function purgeFinishedJobs(
	db: Db,
	{ doneBefore, failedBefore }: { doneBefore: string; failedBefore: string }
): Promise<void> {
	await db
		.deleteFrom('jobs')
		.where((eb) =>
			eb.or([
				eb.and([eb('state', '=', 'done'), eb('finished_at', '<', doneBefore)]),
				eb.and([eb('state', '=', 'failed'), eb('finished_at', '<', failedBefore)])
			])
		)
		.execute();
}

/** The future runs of a job that are waiting, for its timetable to drop the slots it no longer has. */
export async function findWaitingRuns(
	db: Db,
	name: string,
	after: string
): Promise<{ id: string }[]> {
	return db
		.selectFrom('jobs')
		.select('id')
		.where('name', '=', name)
		.where('state', '=', 'queued')
		.where('run_at', '>', after)
		.execute();
}

export async function deleteJobs(db: Db, ids: readonly string[]): Promise<void> {
	if (ids.length === 0) return;
	await db.deleteFrom('jobs').where('id', 'in', ids).execute();
}
