/**
 * SvelteKit's same-origin check for form posts, kept in our own hook so that one address can be
 * exempt: RFC 8058 one-click unsubscribe, which mail providers POST from their own servers
 * (without an Origin header, or with theirs). It needs no session: the token in the address is
 * the key. Everything else keeps the rule SvelteKit applies (`csrf.trustedOrigins: ['*']` in
 * vite.config.ts turns SvelteKit's own copy off): a form-encoded write from another origin is
 * refused with 403.
 */
const FORM_TYPES = new Set([
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain'
]);
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const EXEMPT_PATHS = new Set(['/unsubscribe']);

export function isCrossSiteFormPost(request: Request, url: URL): boolean {
	if (!WRITES.has(request.method) || EXEMPT_PATHS.has(url.pathname)) return false;
	const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
	const formLike = !type || FORM_TYPES.has(type);
	return formLike && request.headers.get('origin') !== url.origin;
}
