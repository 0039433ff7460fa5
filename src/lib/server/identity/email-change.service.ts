import { conflict, invalidInput, unauthenticated } from '../http/errors.ts';
import { parseInput } from '../http/query.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.repository.ts';
import { emailChangeSchema } from './auth.schema.ts';
import type { AccountContext, RequestOrigin } from './identity.dependencies.ts';
import { findUserByEmail, findUserById, updateUser } from './identity.repository.ts';
import { verifyPassword } from './password.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { deleteUserSessions } from './sessions.repository.ts';
import { consumeUserToken, insertUserToken, retireUserTokens } from './user-tokens.repository.ts';

const CHANGE_EMAIL_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Starts an email change: after the current password, a link goes to the NEW address, and the
 * change happens only when it is opened, so nobody can move an account to an address they do
 * not read. If the address already has an account, nothing is sent, and the answer is the same.
 */
export async function requestEmailChange(
	context: AccountContext,
	actor: Actor,
	input: { newEmail: string; currentPassword: string },
	origin: RequestOrigin
): Promise<void> {
	if (actor.kind !== 'user') throw unauthenticated();
	const now = context.now ?? new Date();
	const valid = parseInput(emailChangeSchema, input);
	await context.limiters.publicForm.enforce(`email-change:${actor.userId}`);
	const user = await findUserById(context.db, actor.userId);
	if (!user?.password_hash || !(await verifyPassword(user.password_hash, valid.currentPassword))) {
		throw invalidInput([{ field: 'currentPassword', reason: 'is not your current password' }]);
	}
	if (valid.newEmail === user.email) {
		throw invalidInput([{ field: 'newEmail', reason: 'is already your email address' }]);
	}
	if (await findUserByEmail(context.db, valid.newEmail)) return;
	const token = newSecret();
	await retireUserTokens(context.db, user.id, 'change-email', now.toISOString());
	await insertUserToken(context.db, {
		user_id: user.id,
		purpose: 'change-email',
		token_hash: hashSecret(token),
		new_email: valid.newEmail,
		created_at: now.toISOString(),
		expires_at: new Date(now.getTime() + CHANGE_EMAIL_TTL_MS).toISOString(),
		used_at: null
	});
	const email = context.composeEmail('verify-email', origin.locale, {
		name: user.display_name,
		link: `${context.origin}/account/email/confirm?token=${token}`
	});
	await context.mailer.send({ to: valid.newEmail, ...email });
}

/**
 * Completes an email change from the link. The old address is told (in case it was not its
 * owner), and every session ends: the account is signed in again with the new address.
 */
export async function confirmEmailChange(
	context: AccountContext,
	token: string,
	origin: RequestOrigin
): Promise<void> {
	const now = (context.now ?? new Date()).toISOString();
	const changed = await context.db.transaction().execute(async (trx) => {
		const used = await consumeUserToken(trx, hashSecret(token), 'change-email', now);
		if (!used?.new_email) {
			throw invalidInput(
				[{ field: 'token', reason: 'This link has expired or was already used.' }],
				'This link has expired or was already used. Ask for the change again from your account.'
			);
		}
		if (await findUserByEmail(trx, used.new_email)) {
			throw conflict('Another account now uses this email address.');
		}
		const user = await findUserById(trx, used.user_id);
		if (!user) throw invalidInput([{ field: 'token', reason: 'The account no longer exists.' }]);
		await updateUser(trx, user.id, {
			email: used.new_email,
			email_verified_at: now,
			updated_at: now
		});
		await deleteUserSessions(trx, user.id);
		await recordAudit(trx, {
			action: 'email-changed',
			actorUserId: user.id,
			subjectType: 'user',
			subjectId: user.id,
			ipAddress: origin.ip,
			at: now
		});
		return { oldEmail: user.email, newEmail: used.new_email, name: user.display_name };
	});
	const email = context.composeEmail('email-changed', origin.locale, {
		name: changed.name,
		newEmail: changed.newEmail
	});
	await context.mailer.send({ to: changed.oldEmail, ...email });
}
