import { createHash } from 'node:crypto';
import type pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DialectName } from '../db/dialects/index.ts';
import { rateLimited } from './errors.ts';

/**
 * Rate limits that hold across app servers, on rate-limiter-flexible. On PostgreSQL the counters
 * live in the `rate_limits` table (migration 0002), so every server behind a load balancer counts
 * against the same numbers. On SQLite there is exactly one process, so they live in its memory:
 * create the limiters once per process, never per request.
 *
 * Windows are fixed: a key's window opens with its first point and lasts `durationSeconds`.
 */
export interface RateLimitPolicy {
	/** How many points (requests, failed attempts) one key may spend per window. */
	readonly points: number;
	/** The window, in seconds, counted from the key's first point. */
	readonly durationSeconds: number;
	/** When set, a key that goes over is refused for this many seconds from that moment. */
	readonly blockDurationSeconds?: number;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Sign-in attempts per account (key: `emailKey(email)`), cleared by a successful sign-in: after 11
 * wrong passwords in a row, the next attempt within 15 minutes is refused.
 */
export const signInPerAccount: RateLimitPolicy = { points: 11, durationSeconds: 15 * MINUTE };
/** Sign-in attempts per IP address. */
export const signInPerIp: RateLimitPolicy = { points: 100, durationSeconds: 15 * MINUTE };
/** New accounts per IP address. */
export const registration: RateLimitPolicy = { points: 5, durationSeconds: HOUR };
/** Password-reset requests, spent once per IP address and once per `emailKey(email)`. */
export const passwordReset: RateLimitPolicy = { points: 5, durationSeconds: HOUR };
/** Writes through the JSON API per API token or user. */
export const writeApi: RateLimitPolicy = { points: 60, durationSeconds: MINUTE };
/** Submissions of public (signed-out) forms per IP address. */
export const publicForm: RateLimitPolicy = { points: 20, durationSeconds: HOUR };

export const rateLimitPolicies = {
	signInPerAccount,
	signInPerIp,
	registration,
	passwordReset,
	writeApi,
	publicForm
} as const;

export type RateLimitPolicyName = keyof typeof rateLimitPolicies;

/** A refusal is an answer, not an error: only a failing store makes `consume` throw. */
export type RateLimitVerdict =
	{ allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
	readonly policy: RateLimitPolicy;
	/**
	 * Spends points for a key; `remaining` is what is left after this call.
	 * @example const verdict = await limiters.registration.consume(origin.ip)
	 */
	consume(key: string, points?: number): Promise<RateLimitVerdict>;
	/** Spends points, or throws `rateLimited(…)` (HTTP 429 with `Retry-After`) when refused. */
	enforce(key: string, points?: number): Promise<void>;
	/** What spending one point would answer now, without spending it. */
	peek(key: string): Promise<RateLimitVerdict>;
	/**
	 * Forgets a key's count, e.g. per-account failures after a successful sign-in.
	 * @example await limiters.signInPerAccount.reset(emailKey(email))
	 */
	reset(key: string): Promise<void>;
}

export type RateLimiters = Record<RateLimitPolicyName, RateLimiter>;

/** Where counters live: a `DatabaseHandle` (or a test database) fits as it is. */
export interface RateLimitStore {
	dialect: DialectName;
	/** Required on PostgreSQL: the app's pool, shared with Kysely. */
	pool?: pg.Pool;
}

/**
 * The key for a per-email limit: the SHA-256 (hex) of the trimmed, lower-cased address, so
 * `Ada@Example.org` and `ada@example.org` share one count and the address itself goes nowhere.
 */
export function emailKey(email: string): string {
	return sha256(email.trim().toLowerCase());
}

/**
 * One limiter per policy, named after it.
 * @example const limiters = createRateLimiters(handle); await limiters.publicForm.enforce(ip)
 */
export function createRateLimiters(
	store: RateLimitStore,
	overrides: Partial<Record<RateLimitPolicyName, Partial<RateLimitPolicy>>> = {}
): RateLimiters {
	const limiter = (name: RateLimitPolicyName) =>
		createRateLimiter(store, name, { ...rateLimitPolicies[name], ...overrides[name] });
	return {
		signInPerAccount: limiter('signInPerAccount'),
		signInPerIp: limiter('signInPerIp'),
		registration: limiter('registration'),
		passwordReset: limiter('passwordReset'),
		writeApi: limiter('writeApi'),
		publicForm: limiter('publicForm')
	};
}

/**
 * A limiter for one policy. Limiters with the same `name` on the same PostgreSQL share their
 * counts; that is what makes a limit hold across app servers.
 */
export function createRateLimiter(
	store: RateLimitStore,
	name: string,
	policy: RateLimitPolicy
): RateLimiter {
	if (!(policy.points >= 1 && policy.durationSeconds > 0)) {
		throw new Error(`Rate limit "${name}": points must be ≥ 1 and durationSeconds > 0.`);
	}
	const options = {
		keyPrefix: name,
		points: policy.points,
		duration: policy.durationSeconds,
		blockDuration: policy.blockDurationSeconds ?? 0
	};
	const limiter =
		store.dialect === 'postgres'
			? new RateLimiterPostgres({
					...options,
					storeClient: requirePool(store, name),
					storeType: 'pool',
					tableName: 'rate_limits',
					// The migration created it; the app needs no CREATE rights at run time. Rows are
					// swept by the library an hour after they expire.
					tableCreated: true
				})
			: new RateLimiterMemory(options);

	const consume = async (key: string, points = 1): Promise<RateLimitVerdict> => {
		try {
			const result = await limiter.consume(storeKey(key), points);
			return { allowed: true, remaining: result.remainingPoints };
		} catch (error) {
			// The library rejects with its result object when a key is over the limit, and with an
			// Error when the store fails; only the first is a verdict.
			if (error instanceof RateLimiterRes) {
				return { allowed: false, retryAfterSeconds: toSeconds(error.msBeforeNext) };
			}
			throw error;
		}
	};

	return {
		policy,
		consume,
		async enforce(key, points = 1) {
			const verdict = await consume(key, points);
			if (!verdict.allowed) throw rateLimited(verdict.retryAfterSeconds);
		},
		async peek(key) {
			const current = await limiter.get(storeKey(key));
			// Every policy has a window, so a count with no time left is an expired one.
			if (!current || current.msBeforeNext <= 0) {
				return { allowed: true, remaining: policy.points };
			}
			const remaining = policy.points - current.consumedPoints;
			return remaining > 0
				? { allowed: true, remaining }
				: { allowed: false, retryAfterSeconds: toSeconds(current.msBeforeNext) };
		},
		async reset(key) {
			await limiter.delete(storeKey(key));
		}
	};
}

function requirePool(store: RateLimitStore, name: string): pg.Pool {
	if (!store.pool) throw new Error(`Rate limit "${name}": PostgreSQL needs the database pool.`);
	return store.pool;
}

/**
 * Keys are IP addresses, email hashes and token or user ids; only their SHA-256 is stored, so the
 * table holds no personal data or secrets and every key fits `varchar(255)`.
 */
function storeKey(key: string): string {
	return sha256(key);
}

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** Whole seconds, rounded up and at least 1, as `Retry-After` needs. */
function toSeconds(milliseconds: number): number {
	return Math.max(1, Math.ceil(milliseconds / 1000));
}
