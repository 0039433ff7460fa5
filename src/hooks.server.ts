import { building, dev } from '$app/env';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { resolveLocale, textDirection } from '#lib/i18n/locales.ts';
import { AVAILABLE_LOCALES } from '#lib/i18n/messages.ts';
import { readConfig } from '#lib/server/config/config.ts';
import { dataDirectory } from '#lib/server/config/paths.ts';
import {
	forbidden,
	isDomainError,
	toHttpStatus,
	unauthenticated
} from '#lib/server/http/errors.ts';
import { isCrossSiteFormPost } from '#lib/server/http/same-origin.ts';
import { securityHeaders } from '#lib/server/http/security-headers.ts';
import { visitor } from '#lib/server/identity/actor.ts';
import { resolveSession } from '#lib/server/identity/auth.service.ts';
import { authenticateApiToken } from '#lib/server/identity/api-tokens.service.ts';
import { apiError } from '#lib/server/http/api.ts';
import { SESSION_COOKIE } from '#lib/server/http/session-cookie.ts';
import { readerTimeZone } from '#lib/server/events/reader-time-zone.ts';
import { apiWriteLimiter, database, startRuntime, stopRuntime } from '#lib/server/runtime.ts';

export const init: ServerInit = async () => {
	if (building) return;
	await startRuntime(readConfig(), dataDirectory());
	// Announced by `galaxy serve` (as by adapter-node's own server) once no request is left: the
	// job worker finishes what it runs, then the database closes.
	process.once('sveltekit:shutdown', () => {
		stopRuntime().catch((error: unknown) => console.error('Stopping the runtime failed:', error));
	});
};

export const handle: Handle = async (input) => {
	const { request, url } = input.event;
	const response = isCrossSiteFormPost(request, url)
		? new Response(`Cross-site ${request.method} form submissions are forbidden`, { status: 403 })
		: await route(input);
	for (const [name, value] of Object.entries(
		securityHeaders({ https: input.event.url.protocol === 'https:' })
	)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	if (!response.headers.has('vary')) response.headers.set('vary', 'Accept-Language, Cookie');
	return response;
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Writes through the JSON API need a read-write token: a session cookie is not enough, so a page
 * on another site can never write on a signed-in person's behalf. Writes are rate limited per
 * account, across app servers.
 */
async function refuseApiWrite(locals: App.Locals): Promise<Response | null> {
	if (locals.apiScope === null) {
		return apiError(unauthenticated('Writing through the API needs a personal API token.'), {
			'www-authenticate': 'Bearer'
		});
	}
	if (locals.apiScope !== 'read-write') {
		return apiError(forbidden('This API token can only read; create a read-write token to write.'));
	}
	const key = locals.actor.kind === 'user' ? `user:${locals.actor.userId}` : 'anonymous';
	try {
		await apiWriteLimiter().enforce(key);
	} catch (error) {
		return apiError(error);
	}
	return null;
}

/** Language, session or API token, then the page or endpoint. */
const route: Handle = async ({ event, resolve }) => {
	const locale = resolveLocale(AVAILABLE_LOCALES, {
		query: event.url.searchParams.get('lang'),
		cookie: event.cookies.get('lang'),
		acceptLanguage: event.request.headers.get('accept-language')
	});
	event.locals.locale = locale;
	event.locals.timeZone = readerTimeZone(event.cookies);
	event.locals.db = database();
	const session = await resolveSession({ db: event.locals.db }, event.cookies.get(SESSION_COOKIE));
	event.locals.actor = session?.actor ?? visitor;
	event.locals.user = session
		? {
				displayName: session.displayName,
				email: session.email,
				role: session.actor.kind === 'user' ? session.actor.role : 'member',
				sessionHash: session.sessionHash
			}
		: null;
	event.locals.apiScope = null;

	// The JSON API also accepts personal tokens. A token that is sent but not valid is refused
	// outright rather than treated as a visitor, so a client notices a revoked token at once.
	const authorization = event.request.headers.get('authorization');
	if (authorization && event.url.pathname.startsWith('/api/')) {
		const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
		const holder = bearer ? await authenticateApiToken({ db: event.locals.db }, bearer) : null;
		if (!holder) {
			return apiError(unauthenticated('The API token is missing, unknown or revoked.'), {
				'www-authenticate': 'Bearer error="invalid_token"'
			});
		}
		event.locals.actor = holder.actor;
		event.locals.apiScope = holder.scope;
	}
	if (event.url.pathname.startsWith('/api/') && !SAFE_METHODS.has(event.request.method)) {
		const refusal = await refuseApiWrite(event.locals);
		if (refusal) return refusal;
	}

	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%galaxy.lang%', locale).replace('%galaxy.dir%', textDirection(locale))
	});
	// Pages for a signed-in person must never be stored by a shared cache.
	if (session && !response.headers.has('cache-control')) {
		response.headers.set('cache-control', 'private, no-store');
	}
	return response;
};

/**
 * Domain errors are expected (bad input, unknown address…): they keep their 4xx status and
 * message. Anything else is a bug: logged, and shown as a plain 500 without internals.
 */
export const handleError: HandleServerError = ({ kind, error, event }) => {
	if (kind === 'unknown' && isDomainError(error)) {
		return {
			status: toHttpStatus(error.code),
			message: error.message,
			code: error.code,
			details: error.details
		};
	}
	if (kind === 'unknown') {
		// The path goes in as an argument, never into the format string (a "%s" in it would eat
		// the error from the log).
		console.error('Unexpected error on %s %s:', event.request.method, event.url.pathname, error);
		return { message: dev && error instanceof Error ? error.message : 'Internal error' };
	}
};
