import { forbidden, unauthenticated } from '../http/errors.ts';
import type { Actor } from '../identity/actor.ts';

/**
 * Who may do what with notifications and email choices.
 *
 * | | visitor | signed-in person | operator (command line) |
 * |---|---|---|---|
 * | read, mark read, choose emails | | their own only | |
 * | unsubscribe with a link from an email | ✓ (the link is the key) | ✓ | ✓ |
 *
 * Someone else's notification does not exist for a reader (404, never 403), so ids reveal
 * nothing.
 */

/** The account whose notifications the actor may see; throws for visitors and the operator. */
export function notificationOwner(actor: Actor): number {
	if (actor.kind === 'visitor') throw unauthenticated();
	if (actor.kind !== 'user') throw forbidden('Only people have notifications.');
	return actor.userId;
}
