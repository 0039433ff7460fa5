import { DEFAULT_RETRY, type AnyJob, type RetryPolicy } from './job.ts';

/** The retry policy of a job: its own, or the platform's default. */
export function retryPolicyOf(job: AnyJob): RetryPolicy {
	return job.retry ?? DEFAULT_RETRY;
}

/** Every try a job gets: the first one and its retries. */
export function maxAttempts(policy: RetryPolicy): number {
	return policy.limit + 1;
}

/**
 * How long to wait before the next try, after `failedAttempts` tries failed (1 after the first):
 * `delaySeconds`, doubled for each further retry when the policy backs off.
 * @example retryDelaySeconds({ limit: 5, delaySeconds: 30, backoff: true }, 3) === 120
 */
export function retryDelaySeconds(policy: RetryPolicy, failedAttempts: number): number {
	if (!policy.backoff) return policy.delaySeconds;
	return policy.delaySeconds * 2 ** Math.max(0, failedAttempts - 1);
}
