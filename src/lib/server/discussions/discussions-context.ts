import type { ReadContext } from '../context.ts';
import { DomainError, isDomainError, notFound } from '../http/errors.ts';
import {
	createRateLimiter,
	type RateLimiter,
	type RateLimitPolicy,
	type RateLimitStore
} from '../http/rate-limit.ts';
import { clusterStanding, type ClusterStanding } from '../clusters/cluster-standing.ts';
import type { Notify } from '../notifications/notification-events.ts';
import type { AttachmentStorage } from '../solutions/solution-attachments.storage.ts';
import { findClusterRef, type ClusterRef } from './threads.repository.ts';

/**
 * What the writing use-cases of discussions need: who acts, how to tell others (`notify`, queued
 * in the write's transaction), where attachments go, and the budgets of posting and of other
 * writes (follows, reports, moderation).
 */
export interface DiscussionContext extends ReadContext {
	notify: Notify;
	storage: AttachmentStorage;
	/** Each is spent once per new thread or reply, under the key `discussion-post:<user id>`. */
	postingLimiters: readonly Pick<RateLimiter, 'enforce'>[];
	writeLimiter: Pick<RateLimiter, 'enforce'>;
	/** The clock (tests set it). */
	now?: Date;
}

/** Posting (threads and replies together) per person: bursts, then a daily ceiling. */
export const postingBurst: RateLimitPolicy = { points: 10, durationSeconds: 10 * 60 };
export const postingPerDay: RateLimitPolicy = { points: 100, durationSeconds: 24 * 60 * 60 };

/**
 * The posting limiters of a process (create once, like the others in `runtime.ts`): counts shared
 * across app servers on PostgreSQL.
 */
export function createPostingLimiters(store: RateLimitStore): RateLimiter[] {
	return [
		createRateLimiter(store, 'discussionPostingBurst', postingBurst),
		createRateLimiter(store, 'discussionPostingPerDay', postingPerDay)
	];
}

export function actorUserId(context: ReadContext): number | null {
	return context.actor.kind === 'user' ? context.actor.userId : null;
}

/** A refusal of the rate limiter, said in the reader's words, keeping its `Retry-After`. */
async function spend(
	limiter: Pick<RateLimiter, 'enforce'>,
	key: string,
	message: string
): Promise<void> {
	try {
		await limiter.enforce(key);
	} catch (error) {
		if (isDomainError(error) && error.code === 'rate_limited') {
			throw new DomainError('rate_limited', message, [], error.retryAfterSeconds);
		}
		throw error;
	}
}

/** Spends one post (a thread or a reply) from the person's budgets; 429 when they post too fast. */
export async function spendPost(context: DiscussionContext, message: string): Promise<void> {
	const userId = actorUserId(context);
	if (userId === null) return;
	for (const limiter of context.postingLimiters) {
		await spend(limiter, `discussion-post:${userId}`, message);
	}
}

/** Spends one of the person's other writes (follow, report, moderation). */
export async function spendWrite(context: DiscussionContext, message: string): Promise<void> {
	const userId = actorUserId(context);
	if (userId !== null) await spend(context.writeLimiter, `discussion-write:${userId}`, message);
}

/** A cluster by its address, with where the reader stands in it; 404 when there is none. */
export async function loadCluster(
	context: ReadContext,
	by: { slug: string } | { id: number }
): Promise<{ cluster: ClusterRef; standing: ClusterStanding }> {
	const cluster = await findClusterRef(context.db, by);
	if (!cluster) throw notFound('cluster');
	return { cluster, standing: await clusterStanding(context.db, context.actor, cluster.id) };
}
