import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { invalidInput, notFound, unauthenticated } from '../http/errors.ts';
import { parseInput } from '../http/query.ts';
import type { Actor } from './actor.ts';
import {
	findActiveApiToken,
	findUserApiTokens,
	insertApiToken,
	revokeUserApiToken,
	touchApiToken
} from './api-tokens.repository.ts';
import { createApiTokenSchema, revokeApiTokenSchema } from './api-tokens.schema.ts';
import { recordAudit } from './audit.repository.ts';
import type { RequestOrigin } from './identity.dependencies.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { SESSION_TOUCH_MS } from './session-rules.ts';

/** Tokens look like `ssg_…` so that secret scanners and people recognise them. */
const TOKEN_PREFIX = 'ssg_';
const MAX_TOKENS_PER_USER = 20;

interface TokenContext {
	db: Kysely<Database>;
	actor: Actor;
	now?: Date;
}

export interface ApiTokenSummary {
	id: number;
	name: string;
	/** The first characters of the token, enough to recognise it, useless to use it. */
	prefix: string;
	scope: 'read' | 'read-write';
	createdAt: string;
	lastUsedAt: string | null;
	revokedAt: string | null;
}

function ownerOf(actor: Actor): number {
	if (actor.kind !== 'user') throw unauthenticated();
	return actor.userId;
}

export async function listMyApiTokens({ db, actor }: TokenContext): Promise<ApiTokenSummary[]> {
	const rows = await findUserApiTokens(db, ownerOf(actor));
	return rows.map((row) => ({
		id: row.id,
		name: row.name,
		prefix: row.prefix,
		scope: row.scope,
		createdAt: row.created_at,
		lastUsedAt: row.last_used_at,
		revokedAt: row.revoked_at
	}));
}

/**
 * Creates a personal API token. The token is answered once and only its SHA-256 is kept, so it
 * cannot be shown again: a lost token is revoked and replaced.
 */
export async function createApiToken(
	{ db, actor, now = new Date() }: TokenContext,
	input: { name: unknown; scope: unknown },
	origin: RequestOrigin
): Promise<{ token: string; summary: ApiTokenSummary }> {
	const userId = ownerOf(actor);
	const { name, scope } = parseInput(createApiTokenSchema, input);
	const live = (await findUserApiTokens(db, userId)).filter((token) => token.revoked_at === null);
	if (live.length >= MAX_TOKENS_PER_USER) {
		throw invalidInput([
			{ field: 'name', reason: `You have ${MAX_TOKENS_PER_USER} tokens: revoke one first.` }
		]);
	}
	const token = `${TOKEN_PREFIX}${newSecret()}`;
	const at = now.toISOString();
	const row = await db.transaction().execute(async (trx) => {
		const created = await insertApiToken(trx, {
			user_id: userId,
			name,
			token_hash: hashSecret(token),
			prefix: token.slice(0, TOKEN_PREFIX.length + 6),
			scope,
			created_at: at,
			last_used_at: null,
			revoked_at: null
		});
		await recordAudit(trx, {
			action: 'api-token-created',
			actorUserId: userId,
			subjectType: 'api-token',
			subjectId: created.id,
			ipAddress: origin.ip,
			details: { scope },
			at
		});
		return created;
	});
	return {
		token,
		summary: {
			id: row.id,
			name: row.name,
			prefix: row.prefix,
			scope: row.scope,
			createdAt: row.created_at,
			lastUsedAt: null,
			revokedAt: null
		}
	};
}

export async function revokeApiToken(
	{ db, actor, now = new Date() }: TokenContext,
	input: { tokenId: unknown },
	origin: RequestOrigin
): Promise<void> {
	const userId = ownerOf(actor);
	const { tokenId } = parseInput(revokeApiTokenSchema, input);
	const at = now.toISOString();
	await db.transaction().execute(async (trx) => {
		if (!(await revokeUserApiToken(trx, userId, tokenId, at))) throw notFound('API token');
		await recordAudit(trx, {
			action: 'api-token-revoked',
			actorUserId: userId,
			subjectType: 'api-token',
			subjectId: tokenId,
			ipAddress: origin.ip,
			at
		});
	});
}

export interface TokenHolder {
	actor: Actor;
	scope: 'read' | 'read-write';
}

/**
 * The account behind an `Authorization: Bearer ssg_…` header, or null when the token is unknown
 * or revoked. Its last use is written at most every five minutes.
 */
export async function authenticateApiToken(
	{ db, now = new Date() }: Omit<TokenContext, 'actor'>,
	token: string
): Promise<TokenHolder | null> {
	if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
	const row = await findActiveApiToken(db, hashSecret(token));
	if (!row) return null;
	if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= SESSION_TOUCH_MS) {
		await touchApiToken(db, row.id, now.toISOString());
	}
	return { actor: { kind: 'user', userId: row.user_id, role: row.role }, scope: row.scope };
}
