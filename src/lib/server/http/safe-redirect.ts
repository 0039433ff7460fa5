/**
 * Where to go after a form: only paths on this site. `//evil.example`, `/\evil.example` and
 * absolute URLs fall back, so a crafted link cannot send people elsewhere after they sign in.
 */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
	return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
		? next
		: fallback;
}
