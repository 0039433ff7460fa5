import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { notFound } from '../http/errors.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import { hashSecret, newSecret } from '../identity/secrets.ts';
import {
	isNotificationKind,
	NOTIFICATION_KINDS,
	type NotificationKind
} from './notification-kinds.ts';
import { setEmailDeliveries } from './preferences.service.ts';
import {
	findUnsubscribeToken,
	insertUnsubscribeToken,
	markUnsubscribeTokenUsed
} from './unsubscribe.repository.ts';

/**
 * One-click unsubscribe (RFC 8058). Every notification email carries a link with a token of its
 * own: 256 random bits, of which only the SHA-256 is stored. The token is the key, so no session
 * is needed. An immediate email's token turns off email for its kind; a digest's token turns off
 * notification email of every kind. Reading a link changes nothing (mail scanners open links);
 * only a POST does, and doing it twice is harmless.
 */

/** What a link turns off: one kind, or every kind (null). */
export interface UnsubscribeScope {
	kind: NotificationKind | null;
	/** Whether the link was used before. */
	used: boolean;
}

/** A well-formed token: 32 bytes in base64url. Anything else cannot match one. */
const tokenSchema = z.string().regex(/^[\w-]{43}$/);

/**
 * Makes a token for one person and kind (null: every kind) and answers the link to put in the
 * email, e.g. `https://galaxy.example.org/unsubscribe?token=…`. Call it in the transaction that
 * queues the email.
 */
export async function issueUnsubscribeLink(
	db: Kysely<Database>,
	{
		userId,
		kind,
		origin,
		now
	}: { userId: number; kind: NotificationKind | null; origin: string; now: Date }
): Promise<string> {
	const token = newSecret();
	await insertUnsubscribeToken(db, {
		token_hash: hashSecret(token),
		user_id: userId,
		kind,
		created_at: now.toISOString()
	});
	return `${origin}/unsubscribe?token=${token}`;
}

async function tokenRow(db: Kysely<Database>, token: unknown) {
	const checked = tokenSchema.safeParse(token);
	const row = checked.success
		? await findUnsubscribeToken(db, hashSecret(checked.data))
		: undefined;
	if (!row) throw notFound('unsubscribe link');
	return row;
}

function scopeOf(row: { kind: string | null; used_at: string | null }): UnsubscribeScope {
	return {
		kind: row.kind !== null && isNotificationKind(row.kind) ? row.kind : null,
		used: row.used_at !== null
	};
}

/** What a link would turn off, without changing anything (for the confirmation page). */
export async function readUnsubscribeLink(
	db: Kysely<Database>,
	token: unknown
): Promise<UnsubscribeScope> {
	return scopeOf(await tokenRow(db, token));
}

export interface UnsubscribeContext {
	db: Kysely<Database>;
	/** Spends one point per request, keyed by `clientKey` (the caller's IP address). */
	limiter: Pick<RateLimiter, 'enforce'>;
	clientKey: string;
	now?: Date;
}

/**
 * Turns off the email a link names: its kind, or every kind. Notifications of those kinds
 * waiting for a digest are dropped from it. A link used before works again (the person may have
 * turned the emails back on since); an unknown one is not found.
 */
export async function unsubscribe(
	context: UnsubscribeContext,
	token: unknown
): Promise<UnsubscribeScope> {
	await context.limiter.enforce(`unsubscribe:${context.clientKey}`);
	const at = (context.now ?? new Date()).toISOString();
	return context.db.transaction().execute(async (trx) => {
		const row = await tokenRow(trx, token);
		const scope = scopeOf(row);
		// A kind that no longer exists has nothing left to turn off.
		const kinds =
			row.kind === null
				? (Object.keys(NOTIFICATION_KINDS) as NotificationKind[])
				: scope.kind
					? [scope.kind]
					: [];
		await setEmailDeliveries(
			trx,
			row.user_id,
			kinds.map((kind) => ({ kind, delivery: 'off' as const }))
		);
		await markUnsubscribeTokenUsed(trx, row.token_hash, at);
		return scope;
	});
}
