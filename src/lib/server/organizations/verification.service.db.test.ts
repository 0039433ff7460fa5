import { beforeAll, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { system, type Actor } from '../identity/actor.ts';
import { createUser } from '../identity/identity.service.ts';
import { getPartner } from './organizations.service.ts';
import { listVerificationQueue, setOrganizationVerified } from './verification.service.ts';

const member: Actor = { kind: 'user', userId: 2, role: 'member' };

describeOnDialects('organization verification', 'demo', (db) => {
	let curator: Actor;
	beforeAll(async () => {
		const user = await createUser({
			db: db(),
			actor: system,
			input: {
				email: 'curator@galaxy.example',
				displayName: 'Curator',
				role: 'curator',
				password: 'a long curator passphrase'
			}
		});
		curator = { kind: 'user', userId: user.id, role: 'curator' };
	});

	it('lists the organizations waiting, by name, to curators only', async () => {
		const waiting = await listVerificationQueue(
			{ db: db(), actor: curator },
			{ verified: false, page: 1, pageSize: 10 }
		);
		expect(waiting.total).toBeGreaterThan(300);
		expect(waiting.data.every((entry) => entry.verifiedAt === null)).toBe(true);
		await expect(
			listVerificationQueue({ db: db(), actor: member }, { verified: false, page: 1, pageSize: 10 })
		).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('verifies and withdraws, with the badge following and an audit record', async () => {
		const [first] = (
			await listVerificationQueue(
				{ db: db(), actor: curator },
				{ verified: false, page: 1, pageSize: 1 }
			)
		).data;
		const context = { db: db(), actor: curator, locale: 'en' };
		await setOrganizationVerified({ db: db(), actor: curator }, first!.slug, true);
		expect((await getPartner(context, first!.slug)).verified).toBe(true);
		await setOrganizationVerified({ db: db(), actor: curator }, first!.slug, false);
		expect((await getPartner(context, first!.slug)).verified).toBe(false);
		await expect(
			setOrganizationVerified({ db: db(), actor: member }, first!.slug, true)
		).rejects.toMatchObject({ code: 'forbidden' });
		const actions = await db()
			.selectFrom('audit_events')
			.select('action')
			.where('subject_type', '=', 'organization')
			.execute();
		expect(actions.map((row) => row.action)).toEqual([
			'organization-verified',
			'organization-unverified'
		]);
	});
});
