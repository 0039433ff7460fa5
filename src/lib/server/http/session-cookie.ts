import type { Cookies, RequestEvent } from '@sveltejs/kit';
import type { RequestOrigin } from '../identity/identity.dependencies.ts';

/** The session cookie: HTTP-only (no script can read it), SameSite=Lax, Secure over HTTPS. */
export const SESSION_COOKIE = 'galaxy_session';

export function setSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: Date,
	secure: boolean
): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt
	});
}

export function clearSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** Who is asking, for rate limits and the audit log. */
export function requestOrigin(event: RequestEvent): RequestOrigin {
	let ip = 'unknown';
	try {
		ip = event.getClientAddress();
	} catch {
		// Not available when rendering outside a real request (e.g. build-time analysis).
	}
	return {
		ip,
		userAgent: event.request.headers.get('user-agent'),
		locale: event.locals.locale
	};
}
