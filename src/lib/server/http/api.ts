import { json, type RequestEvent } from '@sveltejs/kit';
import { invalidInput, isDomainError, toHttpStatus } from './errors.ts';

/**
 * Wraps a JSON API handler: domain errors become `{"error":{"code","message","details"}}` with
 * their 4xx status (a 429 also says how long to wait, in `Retry-After`); anything else is a bug,
 * logged, and answered with a generic 500.
 */
export function apiRoute(handler: (event: RequestEvent) => Promise<unknown>) {
	return async (event: RequestEvent): Promise<Response> => {
		try {
			const body = await handler(event);
			return json(body, { headers: { 'cache-control': 'no-cache' } });
		} catch (error) {
			return apiError(error);
		}
	};
}

/** Like `apiRoute`, answering 201 Created when the handler succeeds (a POST that made a record). */
export function apiCreateRoute(handler: (event: RequestEvent) => Promise<unknown>) {
	const route = apiRoute(handler);
	return async (event: RequestEvent): Promise<Response> => {
		const response = await route(event);
		if (response.status !== 200) return response;
		return new Response(response.body, { status: 201, headers: response.headers });
	};
}

export function apiError(error: unknown, extraHeaders: Record<string, string> = {}): Response {
	if (isDomainError(error)) {
		const headers: Record<string, string> = { ...extraHeaders };
		const wait = error.retryAfterSeconds;
		if (error.code === 'rate_limited' && wait !== undefined && Number.isFinite(wait)) {
			// Retry-After takes whole seconds; rounding down would invite a retry that is refused.
			headers['retry-after'] = String(Math.max(1, Math.ceil(wait)));
		}
		return json(
			{ error: { code: error.code, message: error.message, details: error.details } },
			{ status: toHttpStatus(error.code), headers }
		);
	}
	console.error(error);
	return json(
		{ error: { code: 'internal', message: 'Something went wrong on our side.', details: [] } },
		{ status: 500 }
	);
}

/** A JSON request body; anything that is not a JSON object is the caller's mistake (400). */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		throw invalidInput([{ field: '(body)', reason: 'must be a JSON object' }]);
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		throw invalidInput([{ field: '(body)', reason: 'must be a JSON object' }]);
	}
	return body as Record<string, unknown>;
}
