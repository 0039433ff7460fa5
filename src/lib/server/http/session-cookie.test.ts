import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './session-cookie.ts';

function recordingCookies() {
	const calls: { name: string; value?: string; options: Record<string, unknown> }[] = [];
	const cookies = {
		set: (name: string, value: string, options: Record<string, unknown>) =>
			calls.push({ name, value, options }),
		delete: (name: string, options: Record<string, unknown>) => calls.push({ name, options })
	} as unknown as Cookies;
	return { cookies, calls };
}

describe('the session cookie', () => {
	it('is HTTP-only, SameSite=Lax, site-wide, and expires with the session', () => {
		const { cookies, calls } = recordingCookies();
		const expires = new Date('2026-12-29T00:00:00Z');
		setSessionCookie(cookies, 'token', expires, false);
		expect(calls).toEqual([
			{
				name: SESSION_COOKIE,
				value: 'token',
				options: { path: '/', httpOnly: true, sameSite: 'lax', secure: false, expires }
			}
		]);
	});

	it('is Secure when the site is served over HTTPS, and cleared with the same attributes', () => {
		const { cookies, calls } = recordingCookies();
		setSessionCookie(cookies, 'token', new Date(), true);
		clearSessionCookie(cookies, true);
		expect(calls.map((call) => call.options.secure)).toEqual([true, true]);
		expect(calls[1]).toMatchObject({
			name: SESSION_COOKIE,
			options: { httpOnly: true, path: '/' }
		});
	});
});
