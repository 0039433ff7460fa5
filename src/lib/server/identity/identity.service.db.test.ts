import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { system, visitor } from './actor.ts';
import { createUser } from './identity.service.ts';
import { verifyPassword } from './password.ts';

describeOnDialects('creating users', 'empty', (db) => {
	const input = {
		email: 'Focal.Point@Koidu.example',
		displayName: 'Focal point',
		role: 'admin' as const,
		password: 'a long and unusual passphrase'
	};

	it('stores an Argon2id hash, never the password, and normalises the email', async () => {
		const user = await createUser({ db: db(), actor: system, input });
		expect(user.email).toBe('focal.point@koidu.example');
		expect(user).not.toHaveProperty('password_hash');
		const row = await db()
			.selectFrom('users')
			.select('password_hash')
			.where('id', '=', user.id)
			.executeTakeFirstOrThrow();
		expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(row.password_hash!, input.password)).toBe(true);
		expect(await verifyPassword(row.password_hash!, 'wrong guess entirely')).toBe(false);
	});

	it('refuses a second account with the same email', async () => {
		await expect(
			createUser({
				db: db(),
				actor: system,
				input: { ...input, email: 'FOCAL.POINT@koidu.example' }
			})
		).rejects.toMatchObject({ code: 'conflict' });
	});

	it('names every bad field', async () => {
		await expect(
			createUser({
				db: db(),
				actor: system,
				input: { email: 'not-an-email', displayName: '', role: 'admin', password: 'short' }
			})
		).rejects.toMatchObject({
			code: 'invalid_input',
			details: expect.arrayContaining([
				expect.objectContaining({ field: 'email' }),
				expect.objectContaining({ field: 'displayName' })
			])
		});
	});

	it('lets only admins create accounts', async () => {
		await expect(
			createUser({ db: db(), actor: visitor, input: { ...input, email: 'other@koidu.example' } })
		).rejects.toMatchObject({ code: 'forbidden' });
	});
});
