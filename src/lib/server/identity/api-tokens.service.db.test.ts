import { beforeAll, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { system, visitor, type Actor } from './actor.ts';
import {
	authenticateApiToken,
	createApiToken,
	listMyApiTokens,
	revokeApiToken
} from './api-tokens.service.ts';
import { createUser } from './identity.service.ts';

const origin = { ip: '198.51.100.9', userAgent: null, locale: 'en' };

describeOnDialects('API tokens', 'empty', (db) => {
	let owner: Actor;
	let other: Actor;
	beforeAll(async () => {
		const make = async (email: string) => {
			const user = await createUser({
				db: db(),
				actor: system,
				input: { email, displayName: email, role: 'curator', password: 'a long token passphrase' }
			});
			return { kind: 'user', userId: user.id, role: user.role } as const;
		};
		owner = await make('owner@galaxy.example');
		other = await make('other@galaxy.example');
	});

	it('shows a new token once and stores only its hash', async () => {
		const { token, summary } = await createApiToken(
			{ db: db(), actor: owner },
			{ name: 'Report script', scope: 'read' },
			origin
		);
		expect(token).toMatch(/^ssg_[\w-]{43}$/);
		expect(token.startsWith(summary.prefix)).toBe(true);
		const rows = await db().selectFrom('api_tokens').select(['token_hash', 'prefix']).execute();
		expect(rows.map((row) => row.token_hash)).not.toContain(token);
		expect(JSON.stringify(await listMyApiTokens({ db: db(), actor: owner }))).not.toContain(token);
	});

	it('authenticates as the owner with the token scope, and not after revocation', async () => {
		const { token, summary } = await createApiToken(
			{ db: db(), actor: owner },
			{ name: 'Sync', scope: 'read-write' },
			origin
		);
		expect(await authenticateApiToken({ db: db() }, token)).toEqual({
			actor: owner,
			scope: 'read-write'
		});
		await expect(
			revokeApiToken({ db: db(), actor: other }, { tokenId: summary.id }, origin)
		).rejects.toMatchObject({ code: 'not_found' });
		await revokeApiToken({ db: db(), actor: owner }, { tokenId: summary.id }, origin);
		expect(await authenticateApiToken({ db: db() }, token)).toBeNull();
		expect(await authenticateApiToken({ db: db() }, 'ssg_not-a-token')).toBeNull();
		expect(await authenticateApiToken({ db: db() }, 'Bearer nonsense')).toBeNull();
	});

	it('validates input, refuses visitors, and records creation and revocation', async () => {
		await expect(
			createApiToken({ db: db(), actor: owner }, { name: '', scope: 'admin' }, origin)
		).rejects.toMatchObject({
			code: 'invalid_input',
			details: [{ field: 'name' }, { field: 'scope' }]
		});
		await expect(
			createApiToken({ db: db(), actor: visitor }, { name: 'x', scope: 'read' }, origin)
		).rejects.toMatchObject({ code: 'unauthenticated' });
		const actions = await db()
			.selectFrom('audit_events')
			.select('action')
			.where('action', 'like', 'api-token-%')
			.orderBy('id')
			.execute();
		expect(actions.map((row) => row.action)).toEqual([
			'api-token-created',
			'api-token-created',
			'api-token-revoked'
		]);
	});
});
