/**
 * Headers every response carries. The Content-Security-Policy itself comes from SvelteKit's
 * `csp` option (vite.config.ts), which hashes the few inline scripts it needs.
 */
export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
	const headers: Record<string, string> = {
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin',
		'x-frame-options': 'DENY',
		'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
		'cross-origin-opener-policy': 'same-origin'
	};
	if (https) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
	return headers;
}
