import { json, type RequestEvent } from '@sveltejs/kit';
import { isDomainError, toHttpStatus } from './errors.ts';

/**
 * Wraps a JSON API handler: domain errors become `{"error":{"code","message","details"}}` with
 * their 4xx status; anything else is a bug, logged, and answered with a generic 500.
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

export function apiError(error: unknown): Response {
	if (isDomainError(error)) {
		return json(
			{ error: { code: error.code, message: error.message, details: error.details } },
			{ status: toHttpStatus(error.code) }
		);
	}
	console.error(error);
	return json(
		{ error: { code: 'internal', message: 'Something went wrong on our side.', details: [] } },
		{ status: 500 }
	);
}
