/**
 * Domain errors carry a stable code and are mapped to HTTP once, at the edge (`toHttpStatus`).
 * Services throw them through the factories below, never HTTP errors.
 */
export type ErrorCode =
	| 'invalid_input'
	| 'not_found'
	| 'unauthenticated'
	| 'forbidden'
	| 'conflict'
	| 'rate_limited'
	| 'unavailable';

export interface FieldProblem {
	field: string;
	reason: string;
}

export class DomainError extends Error {
	readonly code: ErrorCode;
	readonly details: FieldProblem[];
	/** For `rate_limited`: how long to wait, sent to HTTP clients as `Retry-After`. */
	readonly retryAfterSeconds?: number;

	constructor(
		code: ErrorCode,
		message: string,
		details: FieldProblem[] = [],
		retryAfterSeconds?: number
	) {
		super(message);
		this.name = 'DomainError';
		this.code = code;
		this.details = details;
		this.retryAfterSeconds = retryAfterSeconds;
	}
}

export const invalidInput = (details: FieldProblem[], message = 'Some input is not valid.') =>
	new DomainError('invalid_input', message, details);

/** @example throw notFound('solution') */
export const notFound = (entity: string) =>
	new DomainError('not_found', `No ${entity} matches this address.`);

export const forbidden = (message = 'You are not allowed to do this.') =>
	new DomainError('forbidden', message);

export const unauthenticated = (message = 'Sign in to do this.') =>
	new DomainError('unauthenticated', message);

export const conflict = (message: string) => new DomainError('conflict', message);

/** A service we depend on (the mail relay) is down: not the caller's fault, worth retrying. */
export const unavailable = (message: string) => new DomainError('unavailable', message);

/**
 * Too many requests; the wait is rounded up to whole seconds (at least 1), as `Retry-After` needs.
 * @example if (!verdict.allowed) throw rateLimited(verdict.retryAfterSeconds)
 */
export function rateLimited(retryAfterSeconds: number): DomainError {
	const wait = Number.isFinite(retryAfterSeconds) ? Math.max(1, Math.ceil(retryAfterSeconds)) : 1;
	return new DomainError('rate_limited', 'Too many requests. Please wait and try again.', [], wait);
}

const STATUS: Record<ErrorCode, number> = {
	invalid_input: 400,
	not_found: 404,
	unauthenticated: 401,
	forbidden: 403,
	conflict: 409,
	rate_limited: 429,
	unavailable: 503
};

export function toHttpStatus(code: ErrorCode): number {
	return STATUS[code];
}

export function isDomainError(error: unknown): error is DomainError {
	return error instanceof DomainError;
}
