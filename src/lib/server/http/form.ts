import { fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { isDomainError, toHttpStatus } from './errors.ts';

export interface FormFailure {
	/** What the person typed (never passwords), so the form shows it again. */
	values: Record<string, string>;
	/** field → reason, shown next to each field. */
	errors: Record<string, string>;
	message: string;
}

/**
 * Turns a domain error from a form action into a 4xx the page can show next to the fields,
 * keeping the rest of the input. Anything else is a bug and is rethrown.
 */
export function formFailure(
	error: unknown,
	values: Record<string, string>,
	setHeaders?: (headers: Record<string, string>) => void
): ActionFailure<FormFailure> {
	if (!isDomainError(error)) throw error;
	if (error.code === 'rate_limited' && error.retryAfterSeconds && setHeaders) {
		setHeaders({ 'retry-after': String(error.retryAfterSeconds) });
	}
	const errors = Object.fromEntries(
		error.details.map((problem) => [problem.field, problem.reason])
	);
	return fail(toHttpStatus(error.code), { values, errors, message: error.message });
}

/** The text fields of a form, minus secrets, to give back after a failed submission. */
export function keptValues(form: FormData, omit: string[] = ['password']): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value === 'string' && !omit.some((secret) => key.toLowerCase().includes(secret))) {
			values[key] = value.slice(0, 1000);
		}
	}
	return values;
}

export function field(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/** Visitors are sent to sign in first, and come back to the page they were on. */
export function requireSignIn(event: Pick<RequestEvent, 'locals' | 'url'>): void {
	if (!event.locals.user) {
		redirect(303, `/login?next=${encodeURIComponent(event.url.pathname)}`);
	}
}
