import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { ENGLISH, MESSAGES } from '../../i18n/messages.ts';
import { visitor, system, type Actor } from '../identity/actor.ts';
import type { ComposeEmail } from '../identity/identity.dependencies.ts';
import { createUser } from '../identity/identity.service.ts';
import { renderEmail } from '../mail/email-templates.ts';
import { readMailConfig } from '../mail/mail.config.ts';
import { createMailer } from '../mail/mail.service.ts';
import {
	acceptInvitation,
	decideOnMember,
	inviteMember,
	getMembershipPanel,
	leaveOrganization,
	requestToJoin
} from './memberships.service.ts';

const composeEmail: ComposeEmail = (template, locale, values) =>
	renderEmail(MESSAGES[locale] ?? ENGLISH, ENGLISH, locale, template, values);
const SLUG = 'koidu-new-sembehun-city-council';

describeOnDialects('organization memberships', 'demo', (db) => {
	const people: Record<string, Actor> = {};
	const context = (actor: Actor) => ({
		db: db(),
		actor,
		locale: 'en',
		mailer: createMailer({ db: db(), config: readMailConfig({}) }),
		composeEmail,
		origin: 'https://galaxy.test'
	});
	const person = async (name: string, role: 'member' | 'curator' = 'member') => {
		const user = await createUser({
			db: db(),
			actor: system,
			input: {
				email: `${name}@koidu.example`,
				displayName: name,
				role,
				password: 'a long test passphrase'
			}
		});
		people[name] = { kind: 'user', userId: user.id, role };
		return user.id;
	};
	const mailsTo = async (name: string) =>
		(
			await db()
				.selectFrom('mail_outbox')
				.select('subject')
				.where('to_address', '=', `${name}@koidu.example`)
				.execute()
		).map((row) => row.subject);

	it('lets a curator appoint the first editor, who is then told of requests', async () => {
		const editorId = await person('editor');
		await person('curator', 'curator');
		await requestToJoin(context(people.editor!), SLUG);
		await decideOnMember(context(people.curator!), SLUG, {
			userId: editorId,
			decision: 'make-editor'
		});
		const panel = await getMembershipPanel(context(people.editor!), SLUG);
		expect(panel?.own).toEqual({ role: 'editor', status: 'active' });
		expect(panel?.canManage).toBe(true);

		await person('member');
		await requestToJoin(context(people.member!), SLUG);
		expect(await mailsTo('editor')).toHaveLength(1);
		await expect(requestToJoin(context(people.member!), SLUG)).rejects.toMatchObject({
			code: 'conflict'
		});
	});

	it('lets only editors and curators decide, and tells the member when approved', async () => {
		const memberId = (people.member as { userId: number }).userId;
		await person('bystander');
		await expect(
			decideOnMember(context(people.bystander!), SLUG, { userId: memberId, decision: 'approve' })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			decideOnMember(context(people.editor!), SLUG, { userId: memberId, decision: 'make-editor' })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			decideOnMember(context(people.editor!), SLUG, { userId: memberId, decision: 'crown' })
		).rejects.toMatchObject({ code: 'invalid_input', details: [{ field: 'decision' }] });

		await decideOnMember(context(people.editor!), SLUG, { userId: memberId, decision: 'approve' });
		expect((await getMembershipPanel(context(people.member!), SLUG))?.own).toEqual({
			role: 'member',
			status: 'active'
		});
		expect(await mailsTo('member')).toHaveLength(1);
		const audit = await db()
			.selectFrom('audit_events')
			.select('action')
			.where('action', 'like', 'membership-%')
			.orderBy('id')
			.execute();
		expect(audit.map((row) => row.action)).toEqual([
			'membership-requested',
			'membership-make-editor',
			'membership-requested',
			'membership-approve'
		]);
	});

	it('lets an editor invite by email; the invited person accepts, strangers only get an email', async () => {
		const guestId = await person('guest');
		await decideOnMember(context(people.editor!), SLUG, {
			userId: guestId,
			decision: 'remove'
		}).catch(() => undefined);
		await expect(
			inviteMember(context(people.bystander!), SLUG, { email: 'guest@koidu.example' })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			inviteMember(context(people.editor!), SLUG, { email: 'not an email' })
		).rejects.toMatchObject({ details: [{ field: 'email' }] });
		await inviteMember(context(people.editor!), SLUG, { email: 'Guest@Koidu.example' });
		expect((await getMembershipPanel(context(people.guest!), SLUG))?.own).toEqual({
			role: 'member',
			status: 'invited'
		});
		expect(await mailsTo('guest')).toHaveLength(1);
		await acceptInvitation(context(people.guest!), SLUG);
		expect((await getMembershipPanel(context(people.guest!), SLUG))?.own?.status).toBe('active');
		await expect(acceptInvitation(context(people.guest!), SLUG)).rejects.toMatchObject({
			code: 'not_found'
		});

		await inviteMember(context(people.editor!), SLUG, { email: 'stranger@koidu.example' });
		expect(await mailsTo('stranger')).toHaveLength(1);
	});

	it('lets a member leave, and shows visitors no panel', async () => {
		await leaveOrganization(context(people.member!), SLUG);
		expect((await getMembershipPanel(context(people.member!), SLUG))?.own).toBeNull();
		expect(await getMembershipPanel(context(visitor), SLUG)).toBeNull();
		await expect(requestToJoin(context(visitor), SLUG)).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		await expect(requestToJoin(context(people.member!), 'no-such-partner')).rejects.toMatchObject({
			code: 'not_found'
		});
	});
});
