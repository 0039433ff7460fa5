import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, defineJob } from './job.ts';
import { maxAttempts, retryDelaySeconds, retryPolicyOf } from './retry-policy.ts';
import { z } from 'zod';

describe('retry policy', () => {
	it('waits the same delay between tries without backoff', () => {
		const policy = { limit: 3, delaySeconds: 10, backoff: false };
		expect([1, 2, 3].map((failed) => retryDelaySeconds(policy, failed))).toEqual([10, 10, 10]);
	});

	it('doubles the delay for each further retry with backoff', () => {
		const policy = { limit: 5, delaySeconds: 30, backoff: true };
		expect([1, 2, 3, 4, 5].map((failed) => retryDelaySeconds(policy, failed))).toEqual([
			30, 60, 120, 240, 480
		]);
	});

	it('gives the first try plus the retries', () => {
		expect(maxAttempts({ limit: 0, delaySeconds: 1, backoff: false })).toBe(1);
		expect(maxAttempts(DEFAULT_RETRY)).toBe(DEFAULT_RETRY.limit + 1);
	});

	it('uses the default unless the job has its own', () => {
		const handler = async () => {};
		const plain = defineJob({ id: 'test.plain', payload: z.object({}), handler });
		const own = { limit: 1, delaySeconds: 2, backoff: false };
		const special = defineJob({ id: 'test.own', payload: z.object({}), handler, retry: own });
		expect(retryPolicyOf(plain)).toBe(DEFAULT_RETRY);
		expect(retryPolicyOf(special)).toBe(own);
	});
});
