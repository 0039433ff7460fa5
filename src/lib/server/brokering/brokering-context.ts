import type { ReadContext } from '../context.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import type { NotifyContext } from '../solutions/solution-notifications.ts';

/**
 * What the writing use-cases of brokering need: who acts, in which language, the mailer for
 * introductions and stage changes, and the per-account write budget.
 */
export interface BrokeringContext extends ReadContext, NotifyContext {
	limiter: Pick<RateLimiter, 'enforce'>;
	/** The clock (tests set it). */
	now?: Date;
}

/** The acting user's id, or null for the command line. */
export function actorUserId(context: ReadContext): number | null {
	return context.actor.kind === 'user' ? context.actor.userId : null;
}

/** Spends one write from the acting account's budget (429 when it writes too fast). */
export async function spendWrite(context: BrokeringContext): Promise<void> {
	const userId = actorUserId(context);
	if (userId !== null) await context.limiter.enforce(`brokering-write:${userId}`);
}
