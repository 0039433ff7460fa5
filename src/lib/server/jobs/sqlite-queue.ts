import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { isUniqueViolation } from '../db/dialects/index.ts';
import { conflict, notFound } from '../http/errors.ts';
import { parseInput } from '../http/query.ts';
import type { AnyJob, JobQueue, JobRecord, JobServices } from './job.ts';
import {
	claimNextJob,
	countJobs,
	deleteJobs,
	findFailedJobs,
	findWaitingRuns,
	insertJob,
	markJobDead,
	markJobDone,
	markJobForRetry,
	purgeFinishedJobs,
	requeueFailedJob,
	requeueInterruptedJobs,
	type JobRow
} from './jobs.repository.ts';
import { resolveQueueOptions, settledWithin, type JobQueueOptions } from './queue-options.ts';
import { maxAttempts, retryDelaySeconds, retryPolicyOf } from './retry-policy.ts';
import { errorText, PayloadMismatchError, runJob } from './run-job.ts';
import { nextSlot, TIMETABLE_PREFIX, timetableRunId } from './timetable.ts';

const SECOND = 1_000;
const DAY = 24 * 60 * 60 * SECOND;
/** A claim outlives any sane job; on SQLite it only matters to someone reading the table. */
const CLAIM_MS = 15 * 60 * SECOND;
const DONE_KEPT_MS = 7 * DAY;
const DEAD_KEPT_MS = 30 * DAY;
const PURGE_EVERY_MS = 60 * 60 * SECOND;

const later = (instant: Date, milliseconds: number) => new Date(instant.getTime() + milliseconds);

/**
 * The in-process driver, for SQLite (one app process): jobs are rows of the `jobs` table, written
 * in the caller's transaction, and a worker loop in this process claims the due ones, a few at a
 * time. It polls, and wakes at once after an enqueue of its own. On start it takes back the jobs a
 * stopped process left running, so a crash or a kill loses nothing (at least once).
 * @example const queue = createSqliteQueue(db, { services }); await queue.start(PLATFORM_JOBS);
 */
export function createSqliteQueue(db: Kysely<Database>, options: JobQueueOptions = {}): JobQueue {
	const settings = resolveQueueOptions(options, { pollIntervalMs: 500 });
	const { now } = settings;
	const jobs = new Map<string, AnyJob>();
	const active = new Set<Promise<void>>();
	let state: 'idle' | 'working' | 'stopping' | 'stopped' = 'idle';
	let services: JobServices | undefined;
	let timer: NodeJS.Timeout | undefined;
	let filling: Promise<void> | undefined;
	let refill = false;
	let purgedAt = 0;

	const wake = () => {
		if (state === 'working') setImmediate(() => void fill());
	};

	/** Claims due jobs until the worker is full or none is due; one claiming loop at a time. */
	function fill(): Promise<void> {
		if (state !== 'working') return Promise.resolve();
		if (filling) {
			refill = true;
			return filling;
		}
		// Cleared in `.finally`, which always runs after this assignment: a loop that finds the
		// worker full finishes without awaiting anything, before `filling` would be set. A wake
		// that came after the loop's last look starts another one.
		filling = claimWhileRoom().finally(() => {
			filling = undefined;
			if (refill) void fill();
		});
		return filling;
	}

	async function claimWhileRoom(): Promise<void> {
		try {
			do {
				refill = false;
				while (state === 'working' && active.size < settings.concurrency) {
					const at = now();
					const row = await claimNextJob(
						db,
						[...jobs.keys()],
						at.toISOString(),
						later(at, CLAIM_MS).toISOString()
					);
					if (!row) break;
					track(execute(row));
				}
			} while (refill && state === 'working');
			if (state === 'working' && Date.now() - purgedAt > PURGE_EVERY_MS) await purge();
		} catch (error) {
			if (state === 'working')
				console.error('The job worker could not read the jobs table:', error);
		}
	}

	function track(running: Promise<void>): void {
		active.add(running);
		void running.then(() => {
			active.delete(running);
			void fill();
		});
	}

	/** Runs one claimed job and records how it went; never throws. */
	async function execute(row: JobRow): Promise<void> {
		const job = jobs.get(row.name);
		if (!job || !services) return;
		const claim = { id: row.id, attempt: row.attempts };
		try {
			await runJob(job, readPayload(row), services, { jobId: row.id, attempt: row.attempts });
			if (state !== 'stopped') await markJobDone(db, claim, now().toISOString());
		} catch (error) {
			const dead = error instanceof PayloadMismatchError || row.attempts >= row.max_attempts;
			settings.onFailure({ name: row.name, jobId: row.id, attempt: row.attempts, dead, error });
			// Given up by `stop()`: the next start takes the job again.
			if (state === 'stopped') return;
			const at = now();
			const text = errorText(error);
			try {
				if (dead) await markJobDead(db, claim, { error: text, now: at.toISOString() });
				else {
					const delay = retryDelaySeconds(retryPolicyOf(job), row.attempts) * SECOND;
					const runAt = later(at, delay).toISOString();
					await markJobForRetry(db, claim, { runAt, error: text, now: at.toISOString() });
				}
			} catch (recordError) {
				console.error(`Could not record the failure of job ${row.id}:`, recordError);
			}
		}
		if (job.cron && state !== 'stopped') {
			await scheduleNextRun(job).catch((error: unknown) => {
				console.error(`Could not schedule the next run of ${job.id}:`, error);
			});
		}
	}

	/** Queues the next slot of a timetabled job, once: the slot's id is fixed. */
	async function scheduleNextRun(job: AnyJob): Promise<string> {
		const at = now();
		const slot = nextSlot(job.cron ?? '', at);
		const id = timetableRunId(job.id, slot);
		await insertJob(db, newRow(job, id, parseInput(job.payload, {}), slot, null));
		return id;
	}

	/** Timetables at start: the next slot of each, and no slot of a timetable the code changed. */
	async function scheduleTimetables(): Promise<void> {
		for (const job of jobs.values()) {
			if (!job.cron) continue;
			const kept = await scheduleNextRun(job);
			const prefix = `${TIMETABLE_PREFIX}${job.id}@`;
			const at = now();
			const waiting = await findWaitingRuns(db, job.id, at.toISOString());
			const stale = waiting.filter(
				({ id }) => id.startsWith(prefix) && id !== kept && new Date(id.slice(prefix.length)) > at
			);
			await deleteJobs(
				db,
				stale.map(({ id }) => id)
			);
		}
	}

	async function purge(): Promise<void> {
		purgedAt = Date.now();
		const at = now();
		await purgeFinishedJobs(db, {
			doneBefore: later(at, -DONE_KEPT_MS).toISOString(),
			failedBefore: later(at, -DEAD_KEPT_MS).toISOString()
		});
	}

	function newRow(
		job: AnyJob,
		id: string,
		payload: unknown,
		runAt: Date,
		singletonKey: string | null
	) {
		const at = now().toISOString();
		return {
			id,
			name: job.id,
			payload: JSON.stringify(payload) ?? 'null',
			state: 'queued' as const,
			attempts: 0,
			max_attempts: maxAttempts(retryPolicyOf(job)),
			run_at: runAt.toISOString(),
			locked_until: null,
			singleton_key: singletonKey,
			last_error: null,
			created_at: at,
			updated_at: at,
			finished_at: null
		};
	}

	const queue: JobQueue = {
		async enqueue(target, job, payload, enqueueOptions) {
			const checked = parseInput(job.payload, payload);
			const id = randomUUID();
			const row = newRow(
				job,
				id,
				checked,
				enqueueOptions?.runAt ?? now(),
				enqueueOptions?.singletonKey ?? null
			);
			if (!(await insertJob(target, row))) return null;
			// Runs after the caller's transaction: SQLite has one connection, which it holds.
			wake();
			return id;
		},

		async start(list) {
			if (state !== 'idle') throw new Error('This job queue was already started.');
			for (const job of list) jobs.set(job.id, job);
			if (!settings.worker) return;
			if (!settings.services) throw new Error('Running jobs needs the services of the handlers.');
			services = { ...settings.services, db, queue };
			await requeueInterruptedJobs(db, now().toISOString());
			await purge();
			await scheduleTimetables();
			state = 'working';
			timer = setInterval(() => void fill(), settings.pollIntervalMs);
			timer.unref();
			void fill();
		},

		async stop() {
			if (state !== 'working') {
				state = 'stopped';
				return;
			}
			state = 'stopping';
			clearInterval(timer);
			await filling;
			await settledWithin([...active], settings.stopTimeoutMs);
			state = 'stopped';
		},

		async listFailed(limit) {
			return (await findFailedJobs(db, limit)).map(toRecord);
		},

		async retryFailed(jobId) {
			let requeued: boolean;
			try {
				requeued = await requeueFailedJob(db, jobId, now().toISOString());
			} catch (error) {
				if (isUniqueViolation(error)) throw conflict('A job with the same key is already waiting.');
				throw error;
			}
			if (!requeued) throw notFound('failed job');
			wake();
		},

		counts: () => countJobs(db)
	};
	return queue;
}

/** The stored payload; text that is not JSON any more is a payload that cannot fit. */
function readPayload(row: JobRow): unknown {
	try {
		return JSON.parse(row.payload);
	} catch (error) {
		throw new PayloadMismatchError(row.name, errorText(error));
	}
}

function toRecord(row: JobRow): JobRecord {
	let payload: unknown = null;
	try {
		payload = JSON.parse(row.payload);
	} catch {
		// Shown as nothing: the page lists the job and its error all the same.
	}
	return {
		id: row.id,
		name: row.name,
		state: row.state,
		attempts: row.attempts,
		payload,
		lastError: row.last_error,
		runAt: row.run_at,
		createdAt: row.created_at,
		finishedAt: row.finished_at
	};
}
