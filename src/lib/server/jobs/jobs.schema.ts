import { z } from 'zod';

/** The dead job an admin retries (`/admin/jobs?/retry`). */
export const retryJobInputSchema = z.object({
	jobId: z.string().trim().min(1, 'must name a job').max(200, 'is too long')
});

export type RetryJobInput = z.input<typeof retryJobInputSchema>;

/** One run of a job, queued by an operator; the payload is checked by the job's own schema. */
export const runJobInputSchema = z.object({
	jobId: z.string().trim().min(1, 'must name a job').max(200, 'is too long'),
	payload: z.unknown().default({})
});

export type RunJobInput = z.input<typeof runJobInputSchema>;
