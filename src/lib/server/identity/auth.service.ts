import { invalidInput } from '../http/errors.ts';
import { emailKey } from '../http/rate-limit.ts';
import { parseInput } from '../http/query.ts';
import { recordAudit } from './audit.repository.ts';
import type { Actor } from './actor.ts';
import { signInInputSchema, type SignInInput } from './auth.schema.ts';
import type { AccountContext, RequestOrigin } from './identity.dependencies.ts';
import { findUserByEmail } from './identity.repository.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { SESSION_ABSOLUTE_MS, needsTouch, sessionState } from './session-rules.ts';
import { deleteSession, findSession, insertSession, touchSession } from './sessions.repository.ts';

/** Same answer whether the account exists, is unknown, or the password is wrong. */
const wrongCredentials = () =>
	invalidInput(
		[{ field: 'password', reason: 'The email address or password is not correct.' }],
		'The email address or password is not correct.'
	);

// A real Argon2id hash of a random password: verifying against it when the account does not
// exist takes as long as a real check, so timing does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword(newSecret()));

export interface SignedIn {
	sessionToken: string;
	expiresAt: Date;
	userId: number;
}

/**
 * Signs in with email and password and opens a new session (a new token every time, so a token
 * planted before sign-in is useless). Limited per account (failures in a row) and per address.
 */
export async function signIn(
	context: AccountContext,
	input: SignInInput,
	origin: RequestOrigin
): Promise<SignedIn> {
	const { db, limiters } = context;
	const now = context.now ?? new Date();
	const { email, password } = parseInput(signInInputSchema, input);
	const accountKey = emailKey(email);
	// Every attempt counts against the account, and a successful sign-in clears the count: so
	// it is the failures in a row that lock an account out, never a busy but honest user.
	await limiters.signInPerIp.enforce(origin.ip);
	await limiters.signInPerAccount.enforce(accountKey);

	const user = await findUserByEmail(db, email);
	const valid =
		user?.password_hash != null
			? await verifyPassword(user.password_hash, password)
			: (await verifyPassword(await decoy(), password), false);
	if (!user || !valid) {
		await recordAudit(db, {
			action: 'sign-in-failed',
			actorUserId: user?.id ?? null,
			subjectType: 'user',
			subjectId: user?.id,
			ipAddress: origin.ip,
			at: now.toISOString()
		});
		throw wrongCredentials();
	}
	if (!user.email_verified_at) {
		throw invalidInput(
			[{ field: 'email', reason: 'Confirm your email address first: use the link we sent you.' }],
			'Confirm your email address first.'
		);
	}
	await limiters.signInPerAccount.reset(accountKey);
	const sessionToken = newSecret();
	const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
	await db.transaction().execute(async (trx) => {
		await insertSession(trx, {
			id_hash: hashSecret(sessionToken),
			user_id: user.id,
			created_at: now.toISOString(),
			last_seen_at: now.toISOString(),
			expires_at: expiresAt.toISOString(),
			user_agent: origin.userAgent?.slice(0, 300) ?? null,
			ip_address: origin.ip
		});
		await recordAudit(trx, {
			action: 'sign-in',
			actorUserId: user.id,
			subjectType: 'user',
			subjectId: user.id,
			ipAddress: origin.ip,
			at: now.toISOString()
		});
	});
	return { sessionToken, expiresAt, userId: user.id };
}

export interface SessionUser {
	actor: Actor;
	displayName: string;
	email: string;
	sessionHash: string;
}

/**
 * The account behind a session cookie, or null when the session is unknown or has expired
 * (idle or absolute timeout; expired sessions are deleted on sight).
 */
export async function resolveSession(
	context: Pick<AccountContext, 'db' | 'now'>,
	sessionToken: string | undefined
): Promise<SessionUser | null> {
	if (!sessionToken || sessionToken.length > 200) return null;
	const { db } = context;
	const now = context.now ?? new Date();
	const idHash = hashSecret(sessionToken);
	const session = await findSession(db, idHash);
	if (!session) return null;
	if (sessionState(session, now) === 'expired') {
		await deleteSession(db, idHash);
		return null;
	}
	if (needsTouch(session, now)) await touchSession(db, idHash, now.toISOString());
	return {
		actor: { kind: 'user', userId: session.user_id, role: session.role },
		displayName: session.display_name,
		email: session.email,
		sessionHash: idHash
	};
}

export async function signOut(
	context: Pick<AccountContext, 'db' | 'now'>,
	sessionToken: string | undefined,
	origin: RequestOrigin
): Promise<void> {
	if (!sessionToken) return;
	const now = context.now ?? new Date();
	const session = await findSession(context.db, hashSecret(sessionToken));
	if (!session) return;
	await context.db.transaction().execute(async (trx) => {
		await deleteSession(trx, session.id_hash);
		await recordAudit(trx, {
			action: 'sign-out',
			actorUserId: session.user_id,
			subjectType: 'user',
			subjectId: session.user_id,
			ipAddress: origin.ip,
			at: now.toISOString()
		});
	});
}
