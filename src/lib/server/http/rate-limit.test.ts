import { createHash } from 'node:crypto';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createRateLimiter, emailKey, rateLimitPolicies } from './rate-limit.ts';

describe('rate limit policies', () => {
	it('are the agreed numbers', () => {
		expect(rateLimitPolicies).toEqual({
			signInPerAccount: { points: 11, durationSeconds: 900 },
			signInPerIp: { points: 100, durationSeconds: 900 },
			registration: { points: 5, durationSeconds: 3600 },
			passwordReset: { points: 5, durationSeconds: 3600 },
			writeApi: { points: 60, durationSeconds: 60 },
			publicForm: { points: 20, durationSeconds: 3600 }
		});
	});
});

describe('emailKey', () => {
	it('is the SHA-256 of the trimmed, lower-cased address', () => {
		const expected = createHash('sha256').update('ada@example.org').digest('hex');
		expect(emailKey('ada@example.org')).toBe(expected);
		expect(emailKey('  Ada@EXAMPLE.org ')).toBe(expected);
		expect(emailKey('ada@example.org')).not.toContain('ada');
	});
});

describe('createRateLimiter', () => {
	it('throws when the store fails, instead of answering "limited"', async () => {
		const brokenPool = {
			query: () => Promise.reject(new Error('connection refused'))
		} as unknown as pg.Pool;
		const limiter = createRateLimiter({ dialect: 'postgres', pool: brokenPool }, 'broken', {
			points: 1,
			durationSeconds: 60
		});

		await expect(limiter.consume('k')).rejects.toThrow('connection refused');
		await expect(limiter.peek('k')).rejects.toThrow('connection refused');
		await expect(limiter.reset('k')).rejects.toThrow('connection refused');
	});

	it('refuses to build without a pool on PostgreSQL, or with an empty policy', () => {
		const policy = { points: 1, durationSeconds: 60 };
		expect(() => createRateLimiter({ dialect: 'postgres' }, 'nopool', policy)).toThrow(/pool/);
		expect(() =>
			createRateLimiter({ dialect: 'sqlite' }, 'empty', { points: 0, durationSeconds: 60 })
		).toThrow(/points/);
		expect(() =>
			createRateLimiter({ dialect: 'sqlite' }, 'endless', { points: 1, durationSeconds: 0 })
		).toThrow(/durationSeconds/);
	});
});
