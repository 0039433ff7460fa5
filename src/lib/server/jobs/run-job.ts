import type { AnyJob, JobRun, JobServices } from './job.ts';

/**
 * A stored payload that no longer fits its job's schema (the schema changed since it was queued):
 * trying again cannot help, so the job is dead at once.
 */
export class PayloadMismatchError extends Error {
	constructor(jobName: string, problems: string) {
		super(`The payload of ${jobName} does not fit its schema: ${problems}`);
		this.name = 'PayloadMismatchError';
	}
}

/** Checks the payload against the job's schema again, then runs the handler. */
export async function runJob(
	job: AnyJob,
	payload: unknown,
	services: JobServices,
	run: JobRun
): Promise<void> {
	const checked = job.payload.safeParse(payload);
	if (!checked.success) {
		const problems = checked.error.issues
			.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`)
			.join('; ');
		throw new PayloadMismatchError(job.id, problems);
	}
	await job.handler(checked.data, services, run);
}

/** What admins read about a failure: the error's message, cut to a sane length. */
export function errorText(error: unknown): string {
	const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return text.slice(0, 2_000);
}
