import type { Config } from '../lib/server/config/config.ts';
import { openDatabase } from '../lib/server/db/connection.ts';
import { migrateToLatest } from '../lib/server/db/migrate.ts';
import { invalidInput } from '../lib/server/http/errors.ts';
import { system } from '../lib/server/identity/actor.ts';
import type { JobQueue } from '../lib/server/jobs/job.ts';
import { createJobQueue } from '../lib/server/jobs/job-queue.ts';
import { listDeadJobs, queueJobRun } from '../lib/server/jobs/jobs-admin.service.ts';
import type { DatabaseHandle } from '../lib/server/db/connection.ts';
import { loadPlatformJobs } from './platform-jobs.ts';

/** The database and a queue that only queues: the running servers do the work. */
async function withQueue<T>(
	config: Config,
	work: (handle: DatabaseHandle, queue: JobQueue) => Promise<T>
): Promise<T> {
	const handle = openDatabase(config.databaseUrl);
	const queue = createJobQueue(handle, { worker: false });
	try {
		await migrateToLatest(handle.db);
		return await work(handle, queue);
	} finally {
		await queue.stop();
		await handle.close();
	}
}

function parsePayload(text: string | undefined): unknown {
	if (text === undefined) return {};
	try {
		return JSON.parse(text);
	} catch {
		throw invalidInput([
			{ field: 'payload', reason: 'must be JSON, such as {"frequency":"daily"}' }
		]);
	}
}

/** `galaxy jobs:run <job-id> [--payload JSON]`: queues one run now, for a running server. */
export async function runJobsRun(
	config: Config,
	options: { jobId: string; payload?: string }
): Promise<void> {
	const payload = parsePayload(options.payload);
	const jobs = await loadPlatformJobs();
	await withQueue(config, async ({ db }, queue) => {
		const id = await queueJobRun(
			{ db, actor: system, queue, jobs },
			{ jobId: options.jobId, payload }
		);
		console.log(
			id === null
				? `${options.jobId} is already waiting; nothing more was queued.`
				: `Queued ${options.jobId} (job ${id}); a running server starts it within seconds.`
		);
	});
}

/** `galaxy jobs:failed`: the dead jobs, newest first, as admins see them at /admin/jobs. */
export async function runJobsFailed(config: Config): Promise<void> {
	const jobs = await loadPlatformJobs();
	await withQueue(config, async ({ db }, queue) => {
		const { counts, dead } = await listDeadJobs({ db, actor: system, queue, jobs });
		console.log(`${counts.queued} waiting, ${counts.running} running, ${counts.failed} failed.`);
		for (const job of dead) {
			console.log(
				`\n${job.failedAt ?? job.queuedAt}  ${job.name}  ${job.attempts} attempts  (${job.id})`
			);
			if (job.summary) console.log(`  ${job.summary}`);
			if (job.lastError) console.log(`  ${job.lastError}`);
		}
		if (dead.length > 0) console.log('\nRetry one at /admin/jobs.');
	});
}
