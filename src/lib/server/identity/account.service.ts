import { isUniqueViolation } from '../db/dialects/index.ts';
import { conflict, invalidInput, unauthenticated, unavailable } from '../http/errors.ts';
import { MailDeliveryError } from '../mail/mail.service.ts';
import type { OutgoingMail } from '../mail/mail.schema.ts';
import { parseInput } from '../http/query.ts';
import { emailKey } from '../http/rate-limit.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.repository.ts';
import {
	changePasswordSchema,
	newPasswordSchema,
	passwordResetRequestSchema,
	registerInputSchema,
	type RegisterInput
} from './auth.schema.ts';
import type { AccountContext, RequestOrigin } from './identity.dependencies.ts';
import { revokeAllUserApiTokens } from './api-tokens.repository.ts';
import {
	findUserByEmail,
	findUserById,
	insertUser,
	markEmailVerified,
	updateUser
} from './identity.repository.ts';
import { passwordProblem } from './password-rules.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { MIN_FORM_FILL_MS } from './session-rules.ts';
import { deleteUserSessions, listUserSessions } from './sessions.repository.ts';
import {
	consumeUserToken,
	findTokenOwnerEmail,
	insertUserToken,
	retireUserTokens
} from './user-tokens.repository.ts';

const VERIFY_EMAIL_TTL_MS = 48 * 60 * 60 * 1000;
const RESET_PASSWORD_TTL_MS = 60 * 60 * 1000;

function looksLikeABot(input: { website?: string; startedAt?: number }, now: Date): boolean {
	if (input.website) return true;
	return input.startedAt !== undefined && now.getTime() - input.startedAt < MIN_FORM_FILL_MS;
}

async function issueToken(
	context: AccountContext,
	userId: number,
	purpose: 'verify-email' | 'reset-password',
	ttlMs: number,
	now: Date
): Promise<string> {
	const token = newSecret();
	await retireUserTokens(context.db, userId, purpose, now.toISOString());
	await insertUserToken(context.db, {
		user_id: userId,
		purpose,
		token_hash: hashSecret(token),
		new_email: null,
		created_at: now.toISOString(),
		expires_at: new Date(now.getTime() + ttlMs).toISOString(),
		used_at: null
	});
	return token;
}

/** Sends an email; a relay outage becomes a clear "try again later" rather than a crash. */
async function deliver(context: AccountContext, message: OutgoingMail): Promise<void> {
	try {
		await context.mailer.send(message);
	} catch (error) {
		if (error instanceof MailDeliveryError) {
			throw unavailable('We could not send the email just now. Please try again in a few minutes.');
		}
		throw error;
	}
}

async function sendResetLink(
	context: AccountContext,
	user: { id: number; email: string; display_name: string },
	locale: string,
	now: Date
) {
	const token = await issueToken(context, user.id, 'reset-password', RESET_PASSWORD_TTL_MS, now);
	const email = context.composeEmail('reset-password', locale, {
		name: user.display_name,
		link: `${context.origin}/reset-password?token=${token}`
	});
	await deliver(context, { to: user.email, ...email });
}

/**
 * Opens an account and emails a confirmation link. The answer is the same whether or not the
 * email already has an account (the owner of an existing account gets a reset link instead), so
 * the form cannot be used to find out who is registered.
 */
export async function register(
	context: AccountContext,
	input: RegisterInput,
	origin: RequestOrigin
): Promise<void> {
	const now = context.now ?? new Date();
	const valid = parseInput(registerInputSchema, input);
	await context.limiters.registration.enforce(origin.ip);
	if (looksLikeABot(valid, now)) return;

	const existing = await findUserByEmail(context.db, valid.email);
	if (existing) {
		await sendResetLink(context, existing, origin.locale, now);
		return;
	}
	const passwordHash = await hashPassword(valid.password);
	const user = await context.db
		.transaction()
		.execute(async (trx) => {
			const created = await insertUser(trx, {
				email: valid.email,
				display_name: valid.displayName,
				role: 'member',
				password_hash: passwordHash,
				email_verified_at: null,
				created_at: now.toISOString(),
				updated_at: now.toISOString()
			});
			await recordAudit(trx, {
				action: 'register',
				actorUserId: created.id,
				subjectType: 'user',
				subjectId: created.id,
				ipAddress: origin.ip,
				at: now.toISOString()
			});
			return created;
		})
		.catch(async (error: unknown) => {
			// Another sign-up with the same email won the race: answer as for an existing account.
			if (!isUniqueViolation(error)) throw error;
			return undefined;
		});
	if (!user) return;
	const token = await issueToken(context, user.id, 'verify-email', VERIFY_EMAIL_TTL_MS, now);
	const email = context.composeEmail('verify-email', origin.locale, {
		name: user.display_name,
		link: `${context.origin}/register/confirm?token=${token}`
	});
	await deliver(context, { to: user.email, ...email });
}

/** Confirms the email address from the emailed link; the link works once. */
export async function confirmEmail(
	context: Pick<AccountContext, 'db' | 'now'>,
	token: string,
	origin: RequestOrigin
): Promise<void> {
	const now = (context.now ?? new Date()).toISOString();
	await context.db.transaction().execute(async (trx) => {
		const used = await consumeUserToken(trx, hashSecret(token), 'verify-email', now);
		if (!used) {
			throw invalidInput(
				[{ field: 'token', reason: 'This link has expired or was already used.' }],
				'This confirmation link has expired or was already used. Sign in to get a new one.'
			);
		}
		await updateUser(trx, used.user_id, { email_verified_at: now, updated_at: now });
		await recordAudit(trx, {
			action: 'email-verified',
			actorUserId: used.user_id,
			subjectType: 'user',
			subjectId: used.user_id,
			ipAddress: origin.ip,
			at: now
		});
	});
}

/** Emails a password reset link if the account exists; answers the same either way. */
export async function requestPasswordReset(
	context: AccountContext,
	input: { email: string; website?: string; startedAt?: number },
	origin: RequestOrigin
): Promise<void> {
	const now = context.now ?? new Date();
	const valid = parseInput(passwordResetRequestSchema, input);
	await context.limiters.passwordReset.enforce(origin.ip);
	await context.limiters.passwordReset.enforce(emailKey(valid.email));
	if (looksLikeABot(valid, now)) return;
	const user = await findUserByEmail(context.db, valid.email);
	if (user) await sendResetLink(context, user, origin.locale, now);
}

/**
 * Sets a new password from a reset link. Every session of the account ends: whoever knew the
 * old password is signed out everywhere.
 */
export async function resetPassword(
	context: Pick<AccountContext, 'db' | 'now'>,
	input: { token: string; password: string },
	origin: RequestOrigin
): Promise<void> {
	const now = (context.now ?? new Date()).toISOString();
	const valid = parseInput(newPasswordSchema, input);
	const tokenHash = hashSecret(valid.token);
	const ownerEmail = await findTokenOwnerEmail(context.db, tokenHash);
	const problem = passwordProblem(valid.password, ownerEmail ?? '');
	if (problem) throw invalidInput([{ field: 'password', reason: problem }]);
	const passwordHash = await hashPassword(valid.password);
	await context.db.transaction().execute(async (trx) => {
		const used = await consumeUserToken(trx, tokenHash, 'reset-password', now);
		if (!used) {
			throw invalidInput(
				[{ field: 'token', reason: 'This link has expired or was already used.' }],
				'This reset link has expired or was already used. Ask for a new one.'
			);
		}
		// Following the emailed link also proves the address.
		await updateUser(trx, used.user_id, { password_hash: passwordHash, updated_at: now });
		await markEmailVerified(trx, used.user_id, now);
		await deleteUserSessions(trx, used.user_id);
		// Whoever took over the account may have made API tokens: a reset revokes them too.
		await revokeAllUserApiTokens(trx, used.user_id, now);
		await recordAudit(trx, {
			action: 'password-reset',
			actorUserId: used.user_id,
			subjectType: 'user',
			subjectId: used.user_id,
			ipAddress: origin.ip,
			at: now
		});
	});
}

function signedInUser(actor: Actor): number {
	if (actor.kind !== 'user') throw unauthenticated();
	return actor.userId;
}

/** Changes the password of the signed-in account and ends its other sessions. */
export async function changePassword(
	context: Pick<AccountContext, 'db' | 'now'>,
	actor: Actor,
	input: { currentPassword: string; newPassword: string },
	session: { hash: string; origin: RequestOrigin }
): Promise<void> {
	const userId = signedInUser(actor);
	const now = (context.now ?? new Date()).toISOString();
	const valid = parseInput(changePasswordSchema, input);
	const user = await findUserById(context.db, userId);
	if (!user?.password_hash || !(await verifyPassword(user.password_hash, valid.currentPassword))) {
		throw invalidInput([{ field: 'currentPassword', reason: 'is not your current password' }]);
	}
	const problem = passwordProblem(valid.newPassword, user.email);
	if (problem) throw invalidInput([{ field: 'newPassword', reason: problem }]);
	if (valid.newPassword === valid.currentPassword) {
		throw conflict('The new password is the same as the current one.');
	}
	const passwordHash = await hashPassword(valid.newPassword);
	await context.db.transaction().execute(async (trx) => {
		await updateUser(trx, userId, { password_hash: passwordHash, updated_at: now });
		await deleteUserSessions(trx, userId, session.hash);
		await recordAudit(trx, {
			action: 'password-changed',
			actorUserId: userId,
			subjectType: 'user',
			subjectId: userId,
			ipAddress: session.origin.ip,
			at: now
		});
	});
}

/** Ends every other session of the signed-in account ("sign out everywhere else"). */
export async function signOutOtherSessions(
	context: Pick<AccountContext, 'db' | 'now'>,
	actor: Actor,
	session: { hash: string; origin: RequestOrigin }
): Promise<number> {
	const userId = signedInUser(actor);
	const now = (context.now ?? new Date()).toISOString();
	return context.db.transaction().execute(async (trx) => {
		const ended = await deleteUserSessions(trx, userId, session.hash);
		await recordAudit(trx, {
			action: 'sign-out-everywhere',
			actorUserId: userId,
			subjectType: 'user',
			subjectId: userId,
			ipAddress: session.origin.ip,
			details: { ended },
			at: now
		});
		return ended;
	});
}

/** The signed-in account's sessions, the current one marked; no secret leaves the server. */
export async function listMySessions(
	context: Pick<AccountContext, 'db'>,
	actor: Actor,
	currentHash: string
) {
	const userId = signedInUser(actor);
	const sessions = await listUserSessions(context.db, userId);
	return sessions.map((session) => ({
		current: session.id_hash === currentHash,
		createdAt: session.created_at,
		lastSeenAt: session.last_seen_at,
		expiresAt: session.expires_at,
		userAgent: session.user_agent,
		ipAddress: session.ip_address
	}));
}
