import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/database.ts';
import type { Mailer } from '../mail/mail.service.ts';

/** How often a failing job is tried again, and how long to wait between tries. */
export interface RetryPolicy {
	/** Tries after the first one; when they are spent the job is dead (state `failed`). */
	readonly limit: number;
	/** Wait before the first retry; doubled for each further retry when `backoff` is set. */
	readonly delaySeconds: number;
	readonly backoff: boolean;
}

export const DEFAULT_RETRY: RetryPolicy = { limit: 5, delaySeconds: 30, backoff: true };

/**
 * One kind of background work: a stable id, the schema of its payload (checked when the job is
 * queued and again when it runs) and the handler. A handler may run more than once for the same
 * job (a retry, a restart after a crash), so it must be safe to repeat.
 * @example
 * export const sendEmail = defineJob({
 *   id: 'mail.send', payload: z.object({ to: z.string() }), handler: async (p, services) => {…}
 * });
 */
export interface JobDefinition<Payload> {
	readonly id: string;
	readonly payload: z.ZodType<Payload>;
	readonly handler: (payload: Payload, services: JobServices, run: JobRun) => Promise<void>;
	readonly retry?: RetryPolicy;
	/**
	 * Run on a timetable too (five-field cron, UTC), e.g. `0 7 * * *` for 07:00 every day. A
	 * timetabled run gets the payload `{}`, so the schema must accept it.
	 */
	readonly cron?: string;
	/**
	 * One line about a payload for admins on /admin/jobs, without secrets (an email's recipient and
	 * subject, never its body with a one-time link). Without it admins see only the job's id.
	 */
	readonly summary?: (payload: Payload) => string;
}

/** Any job, whatever its payload: what a driver starts with. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of jobs has mixed payloads
export type AnyJob = JobDefinition<any>;

export function defineJob<Payload>(definition: JobDefinition<Payload>): JobDefinition<Payload> {
	return definition;
}

/** What a running job knows about itself. */
export interface JobRun {
	/**
	 * The same for every try of the job, and after an admin retries it once dead: a key for making
	 * its effects happen once (the outbox records which job sent a message).
	 */
	readonly jobId: string;
	/** 1 for the first try. */
	readonly attempt: number;
}

/**
 * The collaborators a handler gets from the process that runs it. Kept as an open record so each
 * module adds what its handlers need without the jobs module knowing about them.
 */
export interface JobServices {
	readonly db: Kysely<Database>;
	readonly queue: JobQueue;
	readonly now: () => Date;
	readonly mailer: Mailer;
	/** Absolute origin of the site, for links in emails. */
	readonly origin: string;
}

export interface EnqueueOptions {
	/** Not before this instant. */
	runAt?: Date;
	/** While a job with this name and key is queued or running, enqueueing another is a no-op. */
	singletonKey?: string;
}

/** How many jobs wait (including those waiting for a retry), run, and are dead. */
export interface JobCounts {
	queued: number;
	running: number;
	failed: number;
}

/** A job as admins see it on /admin/jobs. */
export interface JobRecord {
	id: string;
	name: string;
	state: 'queued' | 'running' | 'done' | 'failed';
	attempts: number;
	payload: unknown;
	lastError: string | null;
	runAt: string;
	createdAt: string;
	finishedAt: string | null;
}

/**
 * The one interface to background work. Two drivers: the in-process driver for SQLite (jobs in the
 * `jobs` table, resumed after a restart) and pg-boss for PostgreSQL.
 */
export interface JobQueue {
	/**
	 * Queues a job in the caller's transaction (`db` may be a transaction): it runs only if the
	 * transaction commits. Throws `invalid_input` when the payload does not fit the schema.
	 * Returns the job's id, or null when a singleton with the same key was already waiting.
	 */
	enqueue<Payload>(
		db: Kysely<Database>,
		job: JobDefinition<Payload>,
		payload: Payload,
		options?: EnqueueOptions
	): Promise<string | null>;
	/** Starts working on the given jobs (and their timetables). */
	start(jobs: readonly AnyJob[]): Promise<void>;
	/** Stops taking new jobs and waits for the running ones. */
	stop(): Promise<void>;
	/** Dead jobs (no attempt left), newest first, for admins. */
	listFailed(limit: number): Promise<JobRecord[]>;
	/**
	 * Gives a dead job a fresh set of attempts. Throws `not_found` when no dead job has this id, and
	 * `conflict` when a singleton with the same key is already waiting.
	 */
	retryFailed(jobId: string): Promise<void>;
	/** What is waiting, running and dead right now, for admins. */
	counts(): Promise<JobCounts>;
}
