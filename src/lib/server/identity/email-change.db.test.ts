import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { ENGLISH, MESSAGES } from '../../i18n/messages.ts';
import { createRateLimiters } from '../http/rate-limit.ts';
import { renderEmail } from '../mail/email-templates.ts';
import { readMailConfig } from '../mail/mail.config.ts';
import { createMailer } from '../mail/mail.service.ts';
import { system, type Actor } from './actor.ts';
import { resolveSession, signIn } from './auth.service.ts';
import { confirmEmailChange, requestEmailChange } from './email-change.service.ts';
import type { AccountContext } from './identity.dependencies.ts';
import { createUser } from './identity.service.ts';

const origin = { ip: '198.51.100.20', userAgent: null, locale: 'en' };
const PASSWORD = 'a long and steady passphrase';

for (const dialect of inject('dialects')) {
	describe(`changing the email address [${dialect}]`, () => {
		let database: TestDatabase;
		let context: AccountContext;
		let ana: Actor;
		beforeAll(async () => {
			database = await createTestDatabase(dialect, 'empty');
			context = {
				db: database.db,
				mailer: createMailer({ db: database.db, config: readMailConfig({}) }),
				limiters: createRateLimiters(database),
				composeEmail: (template, locale, values) =>
					renderEmail(MESSAGES[locale] ?? ENGLISH, ENGLISH, locale, template, values),
				origin: 'https://galaxy.test'
			};
			for (const email of ['ana@old.example', 'taken@city.example']) {
				const user = await createUser({
					db: database.db,
					actor: system,
					input: { email, displayName: email, role: 'member', password: PASSWORD }
				});
				if (email === 'ana@old.example') ana = { kind: 'user', userId: user.id, role: 'member' };
			}
		});
		afterAll(async () => {
			await database?.destroy();
		});

		const outbox = (to: string) =>
			database.db
				.selectFrom('mail_outbox')
				.select(['subject', 'text_body'])
				.where('to_address', '=', to)
				.orderBy('id', 'desc')
				.execute();

		it('needs the current password and a different address', async () => {
			await expect(
				requestEmailChange(
					context,
					ana,
					{ newEmail: 'ana@new.example', currentPassword: 'wrong' },
					origin
				)
			).rejects.toMatchObject({ details: [{ field: 'currentPassword' }] });
			await expect(
				requestEmailChange(
					context,
					ana,
					{ newEmail: 'ANA@old.example', currentPassword: PASSWORD },
					origin
				)
			).rejects.toMatchObject({ details: [{ field: 'newEmail' }] });
		});

		it('sends nothing for an address another account uses, and answers the same', async () => {
			await expect(
				requestEmailChange(
					context,
					ana,
					{ newEmail: 'taken@city.example', currentPassword: PASSWORD },
					origin
				)
			).resolves.toBeUndefined();
			expect(await outbox('taken@city.example')).toEqual([]);
		});

		it('changes the address only from the link sent to it, tells the old one, and signs out', async () => {
			const session = await signIn(
				context,
				{ email: 'ana@old.example', password: PASSWORD },
				origin
			);
			await requestEmailChange(
				context,
				ana,
				{ newEmail: 'Ana@New.example', currentPassword: PASSWORD },
				origin
			);
			const [mail] = await outbox('ana@new.example');
			const token = /token=([\w-]+)/.exec(mail!.text_body)?.[1];
			expect(token).toBeDefined();
			await confirmEmailChange(context, token!, origin);
			await expect(confirmEmailChange(context, token!, origin)).rejects.toMatchObject({
				code: 'invalid_input'
			});
			expect(await resolveSession(context, session.sessionToken)).toBeNull();
			await expect(
				signIn(context, { email: 'ana@new.example', password: PASSWORD }, origin)
			).resolves.toBeDefined();
			const [notice] = await outbox('ana@old.example');
			expect(notice!.text_body).toContain('ana@new.example');
		});
	});
}
