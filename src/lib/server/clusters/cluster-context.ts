import type { ReadContext } from '../context.ts';
import { unauthenticated } from '../http/errors.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import type { Notify } from '../notifications/notification-events.ts';

/**
 * What the writing use-cases of clusters need: who acts and in which language, how to tell
 * others (`notify` queues a notification in the caller's transaction), the site's address for
 * absolute links, and the per-account write budget.
 */
export interface ClusterContext extends ReadContext {
	notify: Notify;
	origin: string;
	limiter: Pick<RateLimiter, 'enforce'>;
	/** The clock (tests set it). */
	now?: Date;
}

/** The signed-in person's id; visitors are asked to sign in first. */
export function signedInUserId(context: ReadContext): number {
	if (context.actor.kind !== 'user') throw unauthenticated();
	return context.actor.userId;
}

/** The acting user's id, or null for the command line. */
export function actingUserId(context: ReadContext): number | null {
	return context.actor.kind === 'user' ? context.actor.userId : null;
}

/** Spends one write from the acting account's budget (429 when it writes too fast). */
export async function spendClusterWrite(context: ClusterContext): Promise<void> {
	const userId = actingUserId(context);
	if (userId !== null) await context.limiter.enforce(`cluster-write:${userId}`);
}

export function nowOf(context: { now?: Date }): string {
	return (context.now ?? new Date()).toISOString();
}
