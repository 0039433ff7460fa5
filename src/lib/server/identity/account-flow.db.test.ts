import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { ENGLISH, MESSAGES } from '../../i18n/messages.ts';
import { createRateLimiters } from '../http/rate-limit.ts';
import { renderEmail } from '../mail/email-templates.ts';
import { readMailConfig } from '../mail/mail.config.ts';
import { createMailer } from '../mail/mail.service.ts';
import {
	changePassword,
	confirmEmail,
	listMySessions,
	register,
	requestPasswordReset,
	resetPassword,
	signOutOtherSessions
} from './account.service.ts';
import { authenticateApiToken, createApiToken } from './api-tokens.service.ts';
import { resolveSession, signIn, signOut } from './auth.service.ts';
import type { AccountContext, ComposeEmail } from './identity.dependencies.ts';

const composeEmail: ComposeEmail = (template, locale, values) =>
	renderEmail(MESSAGES[locale] ?? ENGLISH, ENGLISH, locale, template, values);
const origin = { ip: '198.51.100.7', userAgent: 'test-agent', locale: 'en' };
const longAgo = Date.now() - 60_000;

for (const dialect of inject('dialects')) {
	describe(`accounts [${dialect}]`, () => {
		let database: TestDatabase;
		let context: AccountContext;
		beforeAll(async () => {
			database = await createTestDatabase(dialect, 'empty');
			context = {
				db: database.db,
				mailer: createMailer({ db: database.db, config: readMailConfig({}) }),
				limiters: createRateLimiters(database),
				composeEmail,
				origin: 'https://galaxy.test'
			};
		});
		afterAll(async () => {
			await database?.destroy();
		});

		/** The newest email to an address, and the link in it. */
		async function lastEmailTo(address: string) {
			const row = await database.db
				.selectFrom('mail_outbox')
				.selectAll()
				.where('to_address', '=', address)
				.orderBy('id', 'desc')
				.executeTakeFirstOrThrow();
			const link = /https:\/\/galaxy\.test\/\S+?token=([\w-]+)/.exec(row.text_body);
			return { subject: row.subject, text: row.text_body, token: link?.[1] ?? '' };
		}
		const account = (email: string) => ({
			email,
			displayName: 'Focal Point',
			password: 'rainy season market plan',
			startedAt: longAgo
		});

		it('registers, confirms by email, signs in and out', async () => {
			await register(context, account('Focal@Koidu.example'), origin);
			const email = await lastEmailTo('focal@koidu.example');
			expect(email.token).not.toBe('');
			await expect(
				signIn(
					context,
					{ email: 'focal@koidu.example', password: 'rainy season market plan' },
					origin
				)
			).rejects.toMatchObject({ code: 'invalid_input', details: [{ field: 'email' }] });

			await confirmEmail(context, email.token, origin);
			await expect(confirmEmail(context, email.token, origin)).rejects.toMatchObject({
				code: 'invalid_input'
			});

			const session = await signIn(
				context,
				{ email: 'FOCAL@koidu.example', password: 'rainy season market plan' },
				origin
			);
			const user = await resolveSession(context, session.sessionToken);
			expect(user?.actor).toMatchObject({ kind: 'user', role: 'member' });
			expect(user?.email).toBe('focal@koidu.example');

			await signOut(context, session.sessionToken, origin);
			expect(await resolveSession(context, session.sessionToken)).toBeNull();
			const actions = await database.db
				.selectFrom('audit_events')
				.select('action')
				.orderBy('id')
				.execute();
			expect(actions.map((row) => row.action)).toEqual([
				'register',
				'email-verified',
				'sign-in',
				'sign-out'
			]);
		});

		it('answers registration the same way for an existing email, and mails its owner a reset link', async () => {
			const before = await database.db.selectFrom('users').select('id').execute();
			await expect(
				register(context, account('focal@koidu.example'), origin)
			).resolves.toBeUndefined();
			expect(await database.db.selectFrom('users').select('id').execute()).toHaveLength(
				before.length
			);
			const email = await lastEmailTo('focal@koidu.example');
			expect(email.text).toContain('/reset-password?token=');
		});

		it('ignores bots: a filled honeypot or an instant submission creates nothing', async () => {
			await register(context, { ...account('bot1@spam.example'), website: 'http://spam' }, origin);
			await register(context, { ...account('bot2@spam.example'), startedAt: Date.now() }, origin);
			const bots = await database.db
				.selectFrom('users')
				.select('id')
				.where('email', 'like', '%@spam.example')
				.execute();
			expect(bots).toEqual([]);
		});

		it('gives the same answer for an unknown account and a wrong password', async () => {
			const unknown = signIn(
				context,
				{ email: 'nobody@nowhere.example', password: 'whatever it is' },
				origin
			);
			const wrong = signIn(
				context,
				{ email: 'focal@koidu.example', password: 'not the password' },
				origin
			);
			const [a, b] = await Promise.allSettled([unknown, wrong]);
			expect(a.status).toBe('rejected');
			expect(b.status).toBe('rejected');
			if (a.status === 'rejected' && b.status === 'rejected') {
				expect(a.reason.message).toBe(b.reason.message);
				expect(a.reason.details).toEqual(b.reason.details);
			}
		});

		it('locks an account after 11 wrong passwords in a row, for every address, but not others', async () => {
			await register(context, account('target@koidu.example'), origin);
			await confirmEmail(context, (await lastEmailTo('target@koidu.example')).token, origin);
			for (let attempt = 1; attempt <= 11; attempt += 1) {
				await expect(
					signIn(
						context,
						{ email: 'target@koidu.example', password: `wrong guess ${attempt}` },
						{
							...origin,
							ip: `203.0.113.${attempt}`
						}
					)
				).rejects.toMatchObject({ code: 'invalid_input' });
			}
			const locked = signIn(
				context,
				{ email: 'target@koidu.example', password: 'rainy season market plan' },
				{ ...origin, ip: '192.0.2.200' }
			);
			await expect(locked).rejects.toMatchObject({ code: 'rate_limited' });
			await expect(
				locked.catch((error: { retryAfterSeconds?: number }) => error.retryAfterSeconds)
			).resolves.toBeGreaterThan(0);
			await expect(
				signIn(
					context,
					{ email: 'focal@koidu.example', password: 'rainy season market plan' },
					origin
				)
			).resolves.toMatchObject({ sessionToken: expect.any(String) });
		});

		it('resets a forgotten password once, and signs the account out everywhere', async () => {
			const session = await signIn(
				context,
				{ email: 'focal@koidu.example', password: 'rainy season market plan' },
				origin
			);
			const me = (await resolveSession(context, session.sessionToken))!;
			const { token: apiToken } = await createApiToken(
				{ db: database.db, actor: me.actor },
				{ name: 'script', scope: 'read' },
				origin
			);
			await requestPasswordReset(
				context,
				{ email: 'focal@koidu.example', startedAt: longAgo },
				origin
			);
			await requestPasswordReset(
				context,
				{ email: 'nobody@nowhere.example', startedAt: longAgo },
				origin
			);
			const { token } = await lastEmailTo('focal@koidu.example');
			await expect(
				resetPassword(context, { token, password: 'short' }, origin)
			).rejects.toMatchObject({ details: [{ field: 'password' }] });
			await resetPassword(context, { token, password: 'dry season harvest plan' }, origin);
			await expect(
				resetPassword(context, { token, password: 'another long password' }, origin)
			).rejects.toMatchObject({ details: [{ field: 'token' }] });
			expect(await resolveSession(context, session.sessionToken)).toBeNull();
			expect(await authenticateApiToken({ db: database.db }, apiToken)).toBeNull();
			await expect(
				signIn(
					context,
					{ email: 'focal@koidu.example', password: 'dry season harvest plan' },
					origin
				)
			).resolves.toBeDefined();
		});

		it('changes the password, keeping this session and ending the others', async () => {
			const credentials = { email: 'focal@koidu.example', password: 'dry season harvest plan' };
			const here = await signIn(context, credentials, origin);
			const elsewhere = await signIn(context, credentials, { ...origin, userAgent: 'other phone' });
			const me = (await resolveSession(context, here.sessionToken))!;
			expect(
				(await listMySessions(context, me.actor, me.sessionHash)).filter((s) => s.current)
			).toHaveLength(1);
			await expect(
				changePassword(
					context,
					me.actor,
					{ currentPassword: 'wrong', newPassword: 'a fresh long password' },
					{
						hash: me.sessionHash,
						origin
					}
				)
			).rejects.toMatchObject({ details: [{ field: 'currentPassword' }] });
			await changePassword(
				context,
				me.actor,
				{ currentPassword: credentials.password, newPassword: 'a fresh long password' },
				{ hash: me.sessionHash, origin }
			);
			expect(await resolveSession(context, here.sessionToken)).not.toBeNull();
			expect(await resolveSession(context, elsewhere.sessionToken)).toBeNull();
			const third = await signIn(
				context,
				{ ...credentials, password: 'a fresh long password' },
				origin
			);
			expect(
				await signOutOtherSessions(context, me.actor, { hash: me.sessionHash, origin })
			).toBeGreaterThanOrEqual(1);
			expect(await resolveSession(context, third.sessionToken)).toBeNull();
		});

		it('ends idle and expired sessions', async () => {
			const session = await signIn(
				context,
				{ email: 'focal@koidu.example', password: 'a fresh long password' },
				origin
			);
			const fourDaysLater = new Date(Date.now() + 4 * 24 * 60 * 60 * 1000);
			expect(
				await resolveSession({ ...context, now: fourDaysLater }, session.sessionToken)
			).toBeNull();
			expect(await resolveSession(context, session.sessionToken)).toBeNull();
			expect(await resolveSession(context, 'not-a-real-token')).toBeNull();
		});
	});
}
