import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { isDomainError } from './errors.ts';
import { createRateLimiter, createRateLimiters, emailKey, type RateLimiter } from './rate-limit.ts';

const wait = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Spends one point `times` times and returns the verdicts. */
async function consumeTimes(limiter: RateLimiter, key: string, times: number) {
	const verdicts = [];
	for (let index = 0; index < times; index += 1) verdicts.push(await limiter.consume(key));
	return verdicts;
}

// describeOnDialects hands out only Kysely; the PostgreSQL store needs the pool behind it.
for (const dialect of inject('dialects')) {
	describe(`rate limits [${dialect}]`, () => {
		let database: TestDatabase | undefined;
		const store = () => {
			if (!database) throw new Error('test database not ready');
			return database;
		};
		beforeAll(async () => {
			database = await createTestDatabase(dialect, 'empty');
		});
		afterAll(async () => {
			await database?.destroy();
		});

		it('allows 11 sign-in attempts per account and refuses the 12th with a wait', async () => {
			const { signInPerAccount } = createRateLimiters(store());
			const key = emailKey('eleven-tries@example.org');

			const verdicts = await consumeTimes(signInPerAccount, key, 11);
			expect(verdicts).toEqual(
				[10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map((remaining) => ({ allowed: true, remaining }))
			);
			const twelfth = await signInPerAccount.consume(key);
			expect(twelfth.allowed).toBe(false);
			if (twelfth.allowed) return;
			expect(twelfth.retryAfterSeconds).toBeGreaterThan(0);
			expect(twelfth.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
		});

		it('forgets a key on reset (a successful sign-in clears the failures)', async () => {
			const { signInPerAccount } = createRateLimiters(store());
			const key = emailKey('reset@example.org');
			await consumeTimes(signInPerAccount, key, 12);
			expect((await signInPerAccount.consume(key)).allowed).toBe(false);

			await signInPerAccount.reset(key);

			expect(await signInPerAccount.consume(key)).toEqual({ allowed: true, remaining: 10 });
			await expect(signInPerAccount.reset(emailKey('never-seen@example.org'))).resolves.toBe(
				undefined
			);
		});

		it('counts each key, and each policy, on its own', async () => {
			const { signInPerAccount, passwordReset } = createRateLimiters(store());
			const limited = emailKey('limited@example.org');
			await consumeTimes(signInPerAccount, limited, 12);

			expect(await signInPerAccount.consume(emailKey('other@example.org'))).toEqual({
				allowed: true,
				remaining: 10
			});
			expect(await passwordReset.consume(limited)).toEqual({ allowed: true, remaining: 4 });
		});

		it('treats emails without regard to case', async () => {
			const { passwordReset } = createRateLimiters(store());
			await passwordReset.consume(emailKey('Case@Example.org'));
			expect(await passwordReset.consume(emailKey(' case@example.ORG '))).toEqual({
				allowed: true,
				remaining: 3
			});
		});

		it('spends several points at once', async () => {
			const { registration } = createRateLimiters(store());
			expect(await registration.consume('198.51.100.4', 4)).toEqual({
				allowed: true,
				remaining: 1
			});
			expect((await registration.consume('198.51.100.4', 2)).allowed).toBe(false);
		});

		it('peeks without spending', async () => {
			const { publicForm } = createRateLimiters(store());
			const ip = '198.51.100.9';
			expect(await publicForm.peek(ip)).toEqual({ allowed: true, remaining: 20 });
			await consumeTimes(publicForm, ip, 19);
			expect(await publicForm.peek(ip)).toEqual({ allowed: true, remaining: 1 });
			expect(await publicForm.peek(ip)).toEqual({ allowed: true, remaining: 1 });
			await publicForm.consume(ip);
			const full = await publicForm.peek(ip);
			expect(full.allowed).toBe(false);
			if (!full.allowed) expect(full.retryAfterSeconds).toBeGreaterThan(0);
		});

		it('enforce throws rate_limited with the wait once the limit is spent', async () => {
			const { registration } = createRateLimiters(store());
			const ip = '198.51.100.77';
			for (let index = 0; index < 5; index += 1) await registration.enforce(ip);

			const error = await registration.enforce(ip).then(
				() => undefined,
				(caught: unknown) => caught
			);
			expect(isDomainError(error) && error.code).toBe('rate_limited');
			expect(isDomainError(error) && error.retryAfterSeconds).toBeGreaterThan(3500);
		});

		it('opens a new window when the old one ends; a block outlasts the window', async () => {
			const windowed = createRateLimiter(store(), 'testWindow', { points: 2, durationSeconds: 1 });
			const blocking = createRateLimiter(store(), 'testBlock', {
				points: 2,
				durationSeconds: 1,
				blockDurationSeconds: 3
			});
			for (const limiter of [windowed, blocking]) await consumeTimes(limiter, 'k', 2);
			expect(await windowed.consume('k')).toEqual({ allowed: false, retryAfterSeconds: 1 });
			expect(await blocking.consume('k')).toEqual({ allowed: false, retryAfterSeconds: 3 });

			await wait(1100);

			expect(await windowed.consume('k')).toEqual({ allowed: true, remaining: 1 });
			expect((await blocking.consume('k')).allowed).toBe(false);
		});

		if (dialect === 'postgres') {
			it('shares counts between app servers (two limiters, two pools, one table)', async () => {
				const pool = store().pool;
				if (!pool) throw new Error('PostgreSQL test database without a pool');
				const secondServerPool = new pg.Pool({
					connectionString: pool.options.connectionString,
					max: 2
				});
				try {
					const first = createRateLimiters({ dialect, pool });
					const second = createRateLimiters({ dialect, pool: secondServerPool });
					const key = emailKey('two-servers@example.org');

					await consumeTimes(first.signInPerAccount, key, 6);
					const fromSecond = await consumeTimes(second.signInPerAccount, key, 5);
					expect(fromSecond.at(-1)).toEqual({ allowed: true, remaining: 0 });
					expect((await second.signInPerAccount.consume(key)).allowed).toBe(false);
					expect((await first.signInPerAccount.peek(key)).allowed).toBe(false);

					await first.signInPerAccount.reset(key);
					expect(await second.signInPerAccount.consume(key)).toEqual({
						allowed: true,
						remaining: 10
					});
				} finally {
					await secondServerPool.end();
				}
			});

			it('stores only hashes: no email, IP address or token in the table', async () => {
				const { signInPerAccount, signInPerIp, writeApi } = createRateLimiters(store());
				await signInPerAccount.consume(emailKey('private.person@example.org'));
				await signInPerIp.consume('203.0.113.42');
				await writeApi.consume('token-secret-abc');

				const rows = await store().db.selectFrom('rate_limits').select('key').execute();
				const keys = rows.map((row) => row.key);
				expect(keys.length).toBeGreaterThanOrEqual(3);
				for (const key of keys) expect(key).toMatch(/^[A-Za-z]+:[0-9a-f]{64}$/);
				const all = keys.join(' ');
				for (const secret of ['private', 'example.org', '203.0.113', 'token-secret']) {
					expect(all).not.toContain(secret);
				}
			});
		} else {
			it('keeps counts in this process: the rate_limits table stays empty', async () => {
				const { signInPerIp } = createRateLimiters(store());
				await signInPerIp.consume('203.0.113.42');

				const rows = await store().db.selectFrom('rate_limits').select('key').execute();
				expect(rows).toEqual([]);
			});
		}
	});
}
