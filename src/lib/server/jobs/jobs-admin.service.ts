import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { forbidden, invalidInput } from '../http/errors.ts';
import { parseInput } from '../http/query.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import type { Actor } from '../identity/actor.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import type { AnyJob, JobCounts, JobQueue } from './job.ts';
import { canManageJobs } from './jobs.policy.ts';
import { presentDeadJob, type DeadJob } from './jobs.presenter.ts';
import {
	retryJobInputSchema,
	runJobInputSchema,
	type RetryJobInput,
	type RunJobInput
} from './jobs.schema.ts';

export interface JobsAdminContext {
	db: Kysely<Database>;
	actor: Actor;
	queue: JobQueue;
	/** The platform's jobs (`PLATFORM_JOBS`): their summaries describe the dead ones. */
	jobs: readonly AnyJob[];
}

/** How many dead jobs the page lists: more would mean a relay is down, which one row shows. */
const DEAD_JOBS_SHOWN = 100;

/**
 * What the background work looks like for admins: how many jobs wait, run and are dead, and the
 * dead ones, newest first.
 * @example await listDeadJobs({ db, actor, queue: jobQueue(), jobs: PLATFORM_JOBS })
 */
export async function listDeadJobs({
	actor,
	queue,
	jobs
}: JobsAdminContext): Promise<{ counts: JobCounts; dead: DeadJob[] }> {
	if (!canManageJobs(actor)) throw forbidden();
	const [counts, dead] = await Promise.all([queue.counts(), queue.listFailed(DEAD_JOBS_SHOWN)]);
	return { counts, dead: dead.map((record) => presentDeadJob(record, jobs)) };
}

/**
 * Gives a dead job a fresh set of attempts (after the relay is fixed, say), audited. Throws
 * `not_found` for a job that is not dead, `conflict` when its singleton is already waiting.
 */
export async function retryDeadJob(
	{
		db,
		actor,
		queue,
		limiter,
		now = new Date()
	}: JobsAdminContext & { limiter: Pick<RateLimiter, 'enforce'>; now?: Date },
	input: RetryJobInput,
	origin: { ip: string }
): Promise<void> {
	if (!canManageJobs(actor)) throw forbidden();
	const { jobId } = parseInput(retryJobInputSchema, input);
	await limiter.enforce(actor.kind === 'user' ? `user:${actor.userId}` : 'system');
	await queue.retryFailed(jobId);
	await recordAudit(db, {
		action: 'job-retried',
		actorUserId: actor.kind === 'user' ? actor.userId : null,
		subjectType: 'job',
		subjectId: jobId,
		ipAddress: origin.ip,
		at: now.toISOString()
	});
}

/**
 * Queues one run of a job now, such as a timetabled digest an operator wants today (`galaxy
 * jobs:run`). Answers the new job's id, or null when a singleton of it is already waiting.
 * @example await queueJobRun({ db, actor: system, queue, jobs }, { jobId: 'digests.daily' })
 */
export async function queueJobRun(
	{ db, actor, queue, jobs }: JobsAdminContext,
	input: RunJobInput
): Promise<string | null> {
	if (!canManageJobs(actor)) throw forbidden();
	const { jobId, payload } = parseInput(runJobInputSchema, input);
	const job = jobs.find((candidate) => candidate.id === jobId);
	if (!job) {
		const known = jobs.map((candidate) => candidate.id).join(', ');
		throw invalidInput([{ field: 'jobId', reason: `is not a job of the platform (${known})` }]);
	}
	return queue.enqueue(db, job, payload);
}
