import { describe, expect, it, vi } from 'vitest';
import { apiError } from './api.ts';
import { DomainError, notFound, rateLimited } from './errors.ts';

describe('apiError', () => {
	it('answers rate_limited with 429, Retry-After and the usual JSON error', async () => {
		const response = apiError(rateLimited(42));

		expect(response.status).toBe(429);
		expect(response.headers.get('retry-after')).toBe('42');
		expect(await response.json()).toEqual({
			error: {
				code: 'rate_limited',
				message: 'Too many requests. Please wait and try again.',
				details: []
			}
		});
	});

	it('rounds a fractional wait up to whole seconds, at least 1', () => {
		expect(rateLimited(0.2).retryAfterSeconds).toBe(1);
		expect(rateLimited(60.1).retryAfterSeconds).toBe(61);
		const direct = new DomainError('rate_limited', 'Slow down.', [], 2.5);
		expect(apiError(direct).headers.get('retry-after')).toBe('3');
	});

	it('sends no Retry-After for other errors', () => {
		const response = apiError(notFound('solution'));
		expect(response.status).toBe(404);
		expect(response.headers.has('retry-after')).toBe(false);
	});

	it('hides anything that is not a domain error behind a 500', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const response = apiError(new Error('database exploded'));
		expect(response.status).toBe(500);
		expect(JSON.stringify(await response.json())).not.toContain('exploded');
		log.mockRestore();
	});
});
