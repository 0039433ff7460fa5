/**
 * Domain errors carry a stable code and are mapped to HTTP once, at the edge (`toHttpStatus`).
 * Services throw them through the factories below, never HTTP errors.
 */
export type ErrorCode =
	'invalid_input' | 'not_found' | 'unauthenticated' | 'forbidden' | 'conflict' | 'rate_limited';

export interface FieldProblem {
	field: string;
	reason: string;
}

export class DomainError extends Error {
	readonly code: ErrorCode;
	readonly details: FieldProblem[];

	constructor(code: ErrorCode, message: string, details: FieldProblem[] = []) {
		super(message);
		this.name = 'DomainError';
		this.code = code;
		this.details = details;
	}
}

export const invalidInput = (details: FieldProblem[], message = 'Some input is not valid.') =>
	new DomainError('invalid_input', message, details);

/** @example throw notFound('solution') */
export const notFound = (entity: string) =>
	new DomainError('not_found', `No ${entity} matches this address.`);

export const forbidden = (message = 'You are not allowed to do this.') =>
	new DomainError('forbidden', message);

export const unauthenticated = () => new DomainError('unauthenticated', 'Sign in to do this.');

export const conflict = (message: string) => new DomainError('conflict', message);

const STATUS: Record<ErrorCode, number> = {
	invalid_input: 400,
	not_found: 404,
	unauthenticated: 401,
	forbidden: 403,
	conflict: 409,
	rate_limited: 429
};

export function toHttpStatus(code: ErrorCode): number {
	return STATUS[code];
}

export function isDomainError(error: unknown): error is DomainError {
	return error instanceof DomainError;
}
