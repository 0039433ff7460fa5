import { beforeAll, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { ENGLISH, MESSAGES } from '../../i18n/messages.ts';
import { createRateLimiters } from '../http/rate-limit.ts';
import { renderEmail } from '../mail/email-templates.ts';
import { readMailConfig } from '../mail/mail.config.ts';
import { createMailer } from '../mail/mail.service.ts';
import { system, visitor, type Actor, type PlatformRole } from './actor.ts';
import { changeUserRole, listUsers } from './admin-users.service.ts';
import { resolveSession, signIn } from './auth.service.ts';
import type { AccountContext, ComposeEmail } from './identity.dependencies.ts';
import { createUser } from './identity.service.ts';

const composeEmail: ComposeEmail = (template, locale, values) =>
	renderEmail(MESSAGES[locale] ?? ENGLISH, ENGLISH, locale, template, values);
const origin = { ip: '198.51.100.20', userAgent: 'test-agent', locale: 'en' };
const password = 'rainy season market plan';

describeOnDialects('managing users and roles', 'empty', (db) => {
	let context: AccountContext;
	let ana: Actor & { kind: 'user' };
	const ids: Record<string, number> = {};

	async function account(name: string, role: PlatformRole) {
		const user = await createUser({
			db: db(),
			actor: system,
			input: { email: `${name}@koidu.example`, displayName: name, role, password }
		});
		ids[name] = user.id;
		return user;
	}
	const actorFor = (name: string, role: PlatformRole): Actor & { kind: 'user' } => ({
		kind: 'user',
		userId: ids[name]!,
		role
	});
	const roleOf = async (name: string) =>
		(
			await db()
				.selectFrom('users')
				.select('role')
				.where('id', '=', ids[name]!)
				.executeTakeFirstOrThrow()
		).role;
	const roleChanges = () =>
		db()
			.selectFrom('audit_events')
			.selectAll()
			.where('action', '=', 'role-changed')
			.orderBy('id')
			.execute();

	beforeAll(async () => {
		context = {
			db: db(),
			mailer: createMailer({ db: db(), config: readMailConfig({}) }),
			// In memory on both dialects: these tests are about roles, not rate limits.
			limiters: createRateLimiters({ dialect: 'sqlite' }),
			composeEmail,
			origin: 'https://galaxy.test'
		};
		// Created one after the other so that `created_at` and ids follow this order.
		await account('ana', 'admin');
		await account('bo', 'member');
		await account('chidi', 'curator');
		await account('dara', 'member');
		await account('eli', 'member');
		ana = actorFor('ana', 'admin');
	});

	it('lists accounts by email for admins, with confirmation and last sign-in', async () => {
		await signIn(context, { email: 'bo@koidu.example', password }, origin);
		const page = await listUsers({ db: db(), actor: ana }, { page: 1, pageSize: 10 });
		expect(page).toMatchObject({ page: 1, pageSize: 10, total: 5 });
		expect(page.data.map((user) => user.displayName)).toEqual([
			'ana',
			'bo',
			'chidi',
			'dara',
			'eli'
		]);
		const bo = page.data[1]!;
		expect(bo).toEqual({
			id: ids.bo,
			email: 'bo@koidu.example',
			displayName: 'bo',
			role: 'member',
			verified: true,
			createdAt: expect.any(String),
			lastSignInAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/)
		});
		expect(page.data[0]!.lastSignInAt).toBeNull();
		expect(page.data[0]).not.toHaveProperty('passwordHash');
	});

	it('filters by text in the email or the name, and by role, and pages', async () => {
		const byText = await listUsers({ db: db(), actor: ana }, { q: ' CHI ', page: 1 });
		expect(byText.data.map((user) => user.displayName)).toEqual(['chidi']);
		const literal = await listUsers({ db: db(), actor: ana }, { q: '%', page: 1 });
		expect(literal.total).toBe(0);
		const members = await listUsers({ db: db(), actor: ana }, { role: 'member', page: 1 });
		expect(members.data.map((user) => user.displayName)).toEqual(['bo', 'dara', 'eli']);
		const second = await listUsers({ db: db(), actor: ana }, { page: 2, pageSize: 2 });
		expect(second).toMatchObject({ page: 2, pageSize: 2, total: 5 });
		expect(second.data.map((user) => user.displayName)).toEqual(['chidi', 'dara']);
		const both = await listUsers(
			{ db: db(), actor: ana },
			{ q: 'koidu', role: 'curator', page: 1 }
		);
		expect(both.data.map((user) => user.displayName)).toEqual(['chidi']);
	});

	it('refuses the list to curators, members and visitors, and names bad filters', async () => {
		for (const actor of [actorFor('chidi', 'curator'), actorFor('bo', 'member'), visitor]) {
			await expect(listUsers({ db: db(), actor }, { page: 1 })).rejects.toMatchObject({
				code: 'forbidden'
			});
		}
		await expect(
			listUsers({ db: db(), actor: ana }, { role: 'owner' as PlatformRole, pageSize: 500 })
		).rejects.toMatchObject({
			code: 'invalid_input',
			details: expect.arrayContaining([
				expect.objectContaining({ field: 'role' }),
				expect.objectContaining({ field: 'pageSize' })
			])
		});
	});

	it('changes a role, ends every session of that account and audits it, in one go', async () => {
		const first = await signIn(context, { email: 'dara@koidu.example', password }, origin);
		const second = await signIn(context, { email: 'dara@koidu.example', password }, origin);
		const at = new Date('2031-05-04T10:00:00.000Z');
		const change = await changeUserRole(
			{ db: db(), actor: ana, now: at },
			{ userId: String(ids.dara), role: 'curator' },
			origin
		);
		expect(change).toEqual({
			userId: ids.dara,
			email: 'dara@koidu.example',
			displayName: 'dara',
			from: 'member',
			to: 'curator',
			sessionsEnded: 2
		});
		expect(await roleOf('dara')).toBe('curator');
		expect(await resolveSession(context, first.sessionToken)).toBeNull();
		expect(await resolveSession(context, second.sessionToken)).toBeNull();
		const [event, ...others] = await roleChanges();
		expect(others).toEqual([]);
		expect(event).toMatchObject({
			occurred_at: at.toISOString(),
			actor_user_id: ids.ana,
			subject_type: 'user',
			subject_id: String(ids.dara),
			ip_address: origin.ip
		});
		expect(JSON.parse(event!.details!)).toEqual({ from: 'member', to: 'curator' });

		const again = await signIn(context, { email: 'dara@koidu.example', password }, origin);
		expect((await resolveSession(context, again.sessionToken))?.actor).toMatchObject({
			role: 'curator'
		});
	});

	it('changes nothing when the account already has the role', async () => {
		const session = await signIn(context, { email: 'eli@koidu.example', password }, origin);
		const before = (await roleChanges()).length;
		await expect(
			changeUserRole({ db: db(), actor: ana }, { userId: ids.eli!, role: 'member' }, origin)
		).resolves.toMatchObject({ from: 'member', to: 'member', sessionsEnded: 0 });
		expect(await resolveSession(context, session.sessionToken)).not.toBeNull();
		expect(await roleChanges()).toHaveLength(before);
	});

	it('refuses members, curators and visitors, and leaves the role as it was', async () => {
		const before = (await roleChanges()).length;
		for (const actor of [actorFor('bo', 'member'), actorFor('chidi', 'curator'), visitor]) {
			await expect(
				changeUserRole({ db: db(), actor }, { userId: ids.eli!, role: 'admin' }, origin)
			).rejects.toMatchObject({ code: 'forbidden' });
		}
		expect(await roleOf('eli')).toBe('member');
		expect(await roleChanges()).toHaveLength(before);
	});

	it('names an unknown account and a role that does not exist', async () => {
		await expect(
			changeUserRole({ db: db(), actor: ana }, { userId: 999_999, role: 'admin' }, origin)
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			changeUserRole({ db: db(), actor: ana }, { userId: 'abc', role: 'owner' }, origin)
		).rejects.toMatchObject({
			code: 'invalid_input',
			details: [
				expect.objectContaining({ field: 'userId' }),
				expect.objectContaining({ field: 'role' })
			]
		});
	});

	it('never lets the last admin stop being one', async () => {
		const before = (await roleChanges()).length;
		await expect(
			changeUserRole({ db: db(), actor: ana }, { userId: ids.ana!, role: 'member' }, origin)
		).rejects.toMatchObject({ code: 'conflict' });
		// Not even the operator at the command line.
		await expect(
			changeUserRole({ db: db(), actor: system }, { userId: ids.ana!, role: 'curator' }, origin)
		).rejects.toMatchObject({ code: 'conflict' });
		expect(await roleOf('ana')).toBe('admin');
		expect(await roleChanges()).toHaveLength(before);

		// With a second admin, Ana may step down; her own sessions end too.
		await changeUserRole({ db: db(), actor: ana }, { userId: ids.bo!, role: 'admin' }, origin);
		const hers = await signIn(context, { email: 'ana@koidu.example', password }, origin);
		await expect(
			changeUserRole({ db: db(), actor: ana }, { userId: ids.ana!, role: 'curator' }, origin)
		).resolves.toMatchObject({ from: 'admin', to: 'curator', sessionsEnded: 1 });
		expect(await resolveSession(context, hers.sessionToken)).toBeNull();
		await expect(
			changeUserRole(
				{ db: db(), actor: actorFor('bo', 'admin') },
				{ userId: ids.bo!, role: 'member' },
				origin
			)
		).rejects.toMatchObject({ code: 'conflict' });
	});

	it('keeps one admin when two admins demote each other at the same moment', async () => {
		const bo = actorFor('bo', 'admin');
		await changeUserRole({ db: db(), actor: bo }, { userId: ids.ana!, role: 'admin' }, origin);
		const results = await Promise.allSettled([
			changeUserRole({ db: db(), actor: ana }, { userId: ids.bo!, role: 'member' }, origin),
			changeUserRole({ db: db(), actor: bo }, { userId: ids.ana!, role: 'member' }, origin)
		]);
		expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
		const refused = results.find((result) => result.status === 'rejected');
		expect(refused?.reason).toMatchObject({ code: 'conflict' });
		const admins = await db()
			.selectFrom('users')
			.select('id')
			.where('role', '=', 'admin')
			.execute();
		expect(admins).toHaveLength(1);
	});
});
