import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { parseInput } from '../http/query.ts';
import type { AnyJob, JobDefinition, JobQueue, JobServices } from './job.ts';

interface Pending {
	id: string;
	job: AnyJob;
	payload: unknown;
	singletonKey?: string;
}

/**
 * A queue for tests of code that enqueues: it keeps jobs in memory (ignoring the caller's
 * transaction) and runs them, and whatever they enqueue, when the test calls `drain`.
 * The real drivers (sqlite-queue.ts, pg-boss-queue.ts) have their own tests.
 */
export function createTestQueue() {
	const pending: Pending[] = [];
	const done: { name: string; payload: unknown }[] = [];
	let next = 1;
	const queue: JobQueue & {
		pending: () => { name: string; payload: unknown }[];
		done: typeof done;
		drain: (services: Omit<JobServices, 'queue'>) => Promise<number>;
	} = {
		async enqueue<Payload>(
			_db: Kysely<Database>,
			job: JobDefinition<Payload>,
			payload: Payload,
			options?: { singletonKey?: string }
		) {
			const checked = parseInput(job.payload, payload);
			const key = options?.singletonKey;
			if (key && pending.some((p) => p.job.id === job.id && p.singletonKey === key)) return null;
			const id = String(next++);
			pending.push({ id, job, payload: checked, singletonKey: key });
			return id;
		},
		async start() {},
		async stop() {},
		async listFailed() {
			return [];
		},
		async retryFailed() {},
		async counts() {
			return { queued: pending.length, running: 0, failed: 0 };
		},
		pending: () => pending.map((p) => ({ name: p.job.id, payload: p.payload })),
		done,
		/** Runs every queued job, oldest first, until none is left; returns how many ran. */
		async drain(services) {
			let ran = 0;
			for (let item = pending.shift(); item; item = pending.shift()) {
				const payload = parseInput(item.job.payload, item.payload);
				await item.job.handler(
					payload,
					{ ...services, queue },
					{
						jobId: item.id,
						attempt: 1
					}
				);
				done.push({ name: item.job.id, payload: item.payload });
				ran++;
			}
			return ran;
		}
	};
	return queue;
}
