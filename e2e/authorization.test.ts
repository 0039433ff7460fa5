import { beforeAll, describe, expect, inject, it } from 'vitest';
import { AUTHORIZATION_MATRIX, type Answer } from './authorization-matrix.ts';
import { appointEditor, signInAs, type TestRole } from './support/accounts.ts';
import { routeIds } from './support/route-tree.ts';

const origin = inject('sqliteOrigin');
const ROLES = ['visitor', 'member', 'editor', 'curator', 'admin'] as const;

describe('the authorization matrix', () => {
	it('has an entry for every route of the app, and no entry for a route that does not exist', () => {
		const routes = routeIds();
		expect(routes.filter((route) => !(route in AUTHORIZATION_MATRIX))).toEqual([]);
		expect(Object.keys(AUTHORIZATION_MATRIX).filter((route) => !routes.includes(route))).toEqual(
			[]
		);
	});

	const cookies: Partial<Record<TestRole, string>> = {};
	beforeAll(async () => {
		await appointEditor(origin, 'koidu-new-sembehun-city-council', 'editor');
		for (const role of ['member', 'editor', 'curator', 'admin'] as const) {
			cookies[role] = await signInAs(origin, role);
		}
	});

	it('answers every route as declared, for every role', async () => {
		const mismatches: string[] = [];
		for (const [route, entry] of Object.entries(AUTHORIZATION_MATRIX)) {
			for (const role of ROLES) {
				const cookie = role === 'visitor' ? undefined : cookies[role];
				const response = await fetch(`${origin}${entry.path}`, {
					redirect: 'manual',
					headers: cookie ? { cookie } : {}
				});
				const expected: Answer = entry[role];
				const location = response.headers.get('location') ?? '';
				const actual: Answer =
					response.status === 303 && location.startsWith('/login?next=')
						? 'login'
						: (response.status as Answer);
				// Every answer, whatever the route and role, carries the security headers.
				if (response.headers.get('x-content-type-options') !== 'nosniff') {
					mismatches.push(`${route} as ${role}: no X-Content-Type-Options`);
				}
				if (actual !== expected) {
					mismatches.push(`${route} as ${role}: expected ${expected}, got ${actual} ${location}`);
				}
				await response.body?.cancel();
			}
		}
		expect(mismatches).toEqual([]);
	});
});
