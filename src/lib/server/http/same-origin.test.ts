import { describe, expect, it } from 'vitest';
import { isCrossSiteFormPost } from './same-origin.ts';

const site = new URL('https://galaxy.example/needs/new');
const post = (headers: Record<string, string>, method = 'POST') =>
	new Request(site, { method, headers, body: method === 'GET' ? undefined : 'a=1' });

describe('isCrossSiteFormPost', () => {
	it('lets a form post from the site itself through', () => {
		const request = post({
			origin: 'https://galaxy.example',
			'content-type': 'application/x-www-form-urlencoded'
		});
		expect(isCrossSiteFormPost(request, site)).toBe(false);
	});

	it('refuses form posts from another site or without an origin', () => {
		for (const type of [
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=x',
			'text/plain'
		]) {
			expect(
				isCrossSiteFormPost(post({ origin: 'https://evil.example', 'content-type': type }), site)
			).toBe(true);
			expect(isCrossSiteFormPost(post({ 'content-type': type }), site)).toBe(true);
		}
		expect(isCrossSiteFormPost(post({ origin: 'https://evil.example' }, 'DELETE'), site)).toBe(
			true
		);
	});

	it('leaves reads and JSON (the API, which needs a token) alone', () => {
		expect(isCrossSiteFormPost(new Request(site), site)).toBe(false);
		const json = post({ origin: 'https://evil.example', 'content-type': 'application/json' });
		expect(isCrossSiteFormPost(json, site)).toBe(false);
	});

	it('lets a mail provider one-click unsubscribe (RFC 8058)', () => {
		const unsubscribe = new URL('https://galaxy.example/unsubscribe?token=abc');
		const request = new Request(unsubscribe, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'List-Unsubscribe=One-Click'
		});
		expect(isCrossSiteFormPost(request, unsubscribe)).toBe(false);
	});
});
