import type { JobServices } from './job.ts';

/** How a driver runs: what handlers get, how many jobs at once, how it polls and stops. */
export interface JobQueueOptions {
	/** What handlers get besides the database and the queue; needed to run jobs, not to queue them. */
	services?: Omit<JobServices, 'db' | 'queue'>;
	/** `false`: this process only queues jobs, others run them (`JOBS_WORKER=off`). */
	worker?: boolean;
	/** Jobs run at once by this process. */
	concurrency?: number;
	/** How often an idle worker looks for due jobs. */
	pollIntervalMs?: number;
	/** How long `stop()` waits for running jobs before giving them up to the next start. */
	stopTimeoutMs?: number;
	/** Told about every failed attempt; logs to the console by default. */
	onFailure?: (failure: JobFailure) => void;
}

export interface JobFailure {
	name: string;
	jobId: string;
	attempt: number;
	/** No attempt left: the job is dead until an admin retries it. */
	dead: boolean;
	error: unknown;
}

export interface ResolvedQueueOptions {
	services: Omit<JobServices, 'db' | 'queue'> | undefined;
	worker: boolean;
	concurrency: number;
	pollIntervalMs: number;
	stopTimeoutMs: number;
	now: () => Date;
	onFailure: (failure: JobFailure) => void;
}

function logFailure(failure: JobFailure): void {
	const outcome = failure.dead ? 'no attempt left, the job is dead' : 'it will be tried again';
	console.error(
		`Job ${failure.name} (${failure.jobId}) failed on attempt ${failure.attempt}; ${outcome}:`,
		failure.error
	);
}

export function resolveQueueOptions(
	options: JobQueueOptions,
	defaults: { pollIntervalMs: number }
): ResolvedQueueOptions {
	return {
		services: options.services,
		worker: options.worker ?? true,
		concurrency: options.concurrency ?? 2,
		pollIntervalMs: options.pollIntervalMs ?? defaults.pollIntervalMs,
		stopTimeoutMs: options.stopTimeoutMs ?? 5_000,
		now: options.services?.now ?? (() => new Date()),
		onFailure: options.onFailure ?? logFailure
	};
}

/** Waits for every promise, or for the timeout; answers whether they all settled in time. */
export async function settledWithin(
	promises: readonly Promise<unknown>[],
	timeoutMs: number
): Promise<boolean> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<false>((resolve) => {
		timer = setTimeout(() => resolve(false), timeoutMs);
	});
	try {
		return await Promise.race([Promise.allSettled(promises).then(() => true), timeout]);
	} finally {
		clearTimeout(timer);
	}
}
