import type { AnyJob, JobRecord } from './job.ts';

/** A dead job on /admin/jobs: never its payload, only the job's own one-line summary of it. */
export interface DeadJob {
	id: string;
	/** The job's id, such as `mail.send`. */
	name: string;
	attempts: number;
	lastError: string | null;
	/** From the job's `summary` (an email: recipient and subject); null when it has none. */
	summary: string | null;
	queuedAt: string;
	failedAt: string | null;
}

function summaryOf(job: AnyJob | undefined, payload: unknown): string | null {
	if (!job?.summary) return null;
	const checked = job.payload.safeParse(payload);
	return checked.success ? job.summary(checked.data).slice(0, 300) : null;
}

export function presentDeadJob(record: JobRecord, jobs: readonly AnyJob[]): DeadJob {
	return {
		id: record.id,
		name: record.name,
		attempts: record.attempts,
		lastError: record.lastError,
		summary: summaryOf(
			jobs.find((job) => job.id === record.name),
			record.payload
		),
		queuedAt: record.createdAt,
		failedAt: record.finishedAt
	};
}
