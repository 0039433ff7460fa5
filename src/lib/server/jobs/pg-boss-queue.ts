import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import {
	fromKysely,
	PgBoss,
	type Db as PgBossDb,
	type JobResult,
	type JobWithMetadata,
	type Queue
} from 'pg-boss';
import type { Database } from '../db/database.ts';
import { conflict, notFound } from '../http/errors.ts';
import { parseInput } from '../http/query.ts';
import type { AnyJob, JobQueue, JobRecord, JobServices } from './job.ts';
import { countPgBossJobs } from './pg-boss.repository.ts';
import { resolveQueueOptions, type JobQueueOptions } from './queue-options.ts';
import { retryPolicyOf } from './retry-policy.ts';
import { errorText, PayloadMismatchError, runJob } from './run-job.ts';

/** pg-boss keeps its tables in this schema of the platform's database. */
export const PG_BOSS_SCHEMA = 'pgboss';
/** Where every queue sends its dead jobs, for admins to read and retry. */
export const DEAD_LETTER_QUEUE = 'jobs.dead-letter';

const DAY_SECONDS = 24 * 60 * 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** pg-boss wants an object; any payload travels inside one. */
interface Envelope {
	payload: unknown;
}

/**
 * One pg-boss queue per job. `exclusive`: one job per singleton key may wait or run; jobs queued
 * without a key get a key of their own, so only real singletons ever collide. A worker that dies
 * stops sending heartbeats, and its jobs are tried again after a minute.
 */
function queueOptionsOf(job: AnyJob): Omit<Queue, 'name'> {
	const retry = retryPolicyOf(job);
	return {
		policy: 'exclusive',
		retryLimit: retry.limit,
		retryDelay: retry.delaySeconds,
		retryBackoff: retry.backoff,
		deadLetter: DEAD_LETTER_QUEUE,
		heartbeatSeconds: 60,
		// Dead letters inherit these: kept a month for admins, done jobs a week.
		retentionSeconds: 30 * DAY_SECONDS,
		deleteAfterSeconds: 7 * DAY_SECONDS
	};
}

/** pg-boss on the platform's own pool; a multi-statement query answers every statement's rows. */
function poolDatabase(pool: pg.Pool): PgBossDb {
	return { executeSql: (text, values) => pool.query(text, values) };
}

/**
 * The driver for PostgreSQL: pg-boss, in the platform's database and connection pool. Jobs are
 * queued in the caller's transaction, any number of app servers work them (SKIP LOCKED), retries
 * back off, dead jobs go to one dead-letter queue, and timetables are pg-boss schedules (one run
 * per slot across all servers).
 */
export function createPgBossQueue(
	database: { db: Kysely<Database>; pool?: pg.Pool },
	options: JobQueueOptions = {}
): JobQueue {
	const { db, pool } = database;
	if (!pool) throw new Error('The pg-boss job queue needs the PostgreSQL pool of the database.');
	const settings = resolveQueueOptions(options, { pollIntervalMs: 1_000 });
	const boss = new PgBoss({
		db: poolDatabase(pool),
		schema: PG_BOSS_SCHEMA,
		supervise: settings.worker,
		schedule: settings.worker,
		registerInstance: settings.worker
	});
	boss.on('error', (error) => console.error('Job queue (pg-boss):', error.message));
	const jobs = new Map<string, AnyJob>();
	const queues = new Map<string, Promise<void>>();
	let ready: Promise<void> | undefined;
	let services: JobServices | undefined;
	let stopped = false;

	/** Starts pg-boss once (installing its schema the first time); a failed start is tried again. */
	function started(): Promise<void> {
		ready ??= (async () => {
			await boss.start();
			await boss.createQueue(DEAD_LETTER_QUEUE);
		})().catch((error: unknown) => {
			ready = undefined;
			throw error;
		});
		return ready;
	}

	/** Creates the job's queue, or brings its retry settings up to date with the code. */
	function queueReady(job: AnyJob): Promise<void> {
		let ensured = queues.get(job.id);
		if (!ensured) {
			ensured = (async () => {
				await started();
				const { policy: _policy, ...settable } = queueOptionsOf(job);
				await boss.createQueue(job.id, queueOptionsOf(job));
				await boss.updateQueue(job.id, settable);
			})().catch((error: unknown) => {
				queues.delete(job.id);
				throw error;
			});
			queues.set(job.id, ensured);
		}
		return ensured;
	}

	async function execute(job: JobWithMetadata<Envelope>): Promise<JobResult> {
		const definition = jobs.get(job.name);
		const attempt = job.retryCount + 1;
		try {
			if (!definition || !services) throw new Error(`No handler for ${job.name} here.`);
			await runJob(definition, job.data?.payload, services, {
				// The same through retries and after an admin retries it from the dead letters.
				jobId: job.sourceRootId ?? job.id,
				attempt
			});
			return { id: job.id, status: 'completed' };
		} catch (error) {
			const hopeless = error instanceof PayloadMismatchError;
			const dead = hopeless || job.retryCount >= job.retryLimit;
			settings.onFailure({ name: job.name, jobId: job.id, attempt, dead, error });
			return {
				id: job.id,
				status: hopeless ? 'deadletter' : 'failed',
				output: { message: errorText(error) }
			};
		}
	}

	/** Timetables are pg-boss schedules; those of jobs that lost theirs are removed. */
	async function scheduleTimetables(list: readonly AnyJob[]): Promise<void> {
		const timetabled = list.filter((job) => job.cron);
		for (const job of timetabled) {
			const payload: Envelope = { payload: parseInput(job.payload, {}) };
			await boss.schedule(job.id, job.cron ?? '', payload, { tz: 'UTC', missed: 'once' });
		}
		const names = new Set(timetabled.map((job) => job.id));
		for (const schedule of await boss.getSchedules()) {
			if (!names.has(schedule.name)) await boss.unschedule(schedule.name, schedule.key);
		}
	}

	const queue: JobQueue = {
		async enqueue(target, job, payload, enqueueOptions) {
			const checked = parseInput(job.payload, payload);
			await queueReady(job);
			const id = randomUUID();
			const envelope: Envelope = { payload: checked };
			return boss.send(job.id, envelope, {
				db: fromKysely(target),
				id,
				singletonKey: enqueueOptions?.singletonKey
					? `key:${enqueueOptions.singletonKey}`
					: `job:${id}`,
				startAfter: enqueueOptions?.runAt
			});
		},

		async start(list) {
			for (const job of list) jobs.set(job.id, job);
			await started();
			for (const job of list) await queueReady(job);
			await scheduleTimetables(list);
			if (!settings.worker) return;
			if (!settings.services) throw new Error('Running jobs needs the services of the handlers.');
			services = { ...settings.services, db, queue };
			for (const job of list) {
				await boss.work(
					job.id,
					{
						includeMetadata: true,
						perJobResults: true,
						batchSize: settings.concurrency,
						pollingIntervalSeconds: Math.max(0.5, settings.pollIntervalMs / 1_000)
					},
					(batch: JobWithMetadata<Envelope>[]) => Promise.all(batch.map(execute))
				);
			}
		},

		async stop() {
			const starting = ready;
			if (!starting || stopped) return;
			stopped = true;
			await starting.catch(() => undefined);
			await boss.stop({ graceful: true, timeout: settings.stopTimeoutMs, close: false });
		},

		async listFailed(limit) {
			await started();
			const dead = await findAll(boss, DEAD_LETTER_QUEUE);
			return dead
				.sort((a, b) => b.createdOn.getTime() - a.createdOn.getTime())
				.slice(0, limit)
				.map(toRecord);
		},

		async retryFailed(jobId) {
			if (!UUID.test(jobId)) throw notFound('failed job');
			await started();
			const [dead] = await boss.findJobs(DEAD_LETTER_QUEUE, { id: jobId });
			if (!dead) throw notFound('failed job');
			// A dead letter that met a waiting singleton on an earlier retry was failed in place.
			if (dead.state === 'failed') await boss.retry(DEAD_LETTER_QUEUE, jobId);
			const moved = await boss.redrive(DEAD_LETTER_QUEUE, { ids: [jobId] });
			if (moved === 0) throw conflict('A job with the same key is already waiting.');
		},

		async counts() {
			await started();
			return countPgBossJobs(db, { schema: PG_BOSS_SCHEMA, deadLetter: DEAD_LETTER_QUEUE });
		}
	};
	return queue;
}

/** Every job of a queue, page by page (dead letters are few: they expire after a month). */
async function findAll(boss: PgBoss, name: string): Promise<JobWithMetadata<Envelope>[]> {
	const all: JobWithMetadata<Envelope>[] = [];
	for (let after: string | undefined; ;) {
		const page = await boss.findJobs<Envelope>(name, { limit: 1_000, after });
		all.push(...page);
		if (page.length < 1_000) return all;
		after = page.at(-1)?.id;
	}
}

function lastError(output: object | null): string | null {
	if (output && 'message' in output && typeof output.message === 'string') return output.message;
	return output ? JSON.stringify(output).slice(0, 2_000) : null;
}

function toRecord(job: JobWithMetadata<Envelope>): JobRecord {
	return {
		id: job.id,
		name: job.sourceName ?? job.name,
		state: 'failed',
		attempts: (job.sourceRetryCount ?? 0) + 1,
		payload: job.data?.payload ?? null,
		lastError: lastError(job.sourceOutput),
		runAt: new Date(job.startAfter).toISOString(),
		createdAt: new Date(job.sourceCreatedOn ?? job.createdOn).toISOString(),
		finishedAt: new Date(job.createdOn).toISOString()
	};
}
