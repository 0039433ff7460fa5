/**
 * Who is asking. Every service receives an actor and asks its module's policy first.
 * Visitors have no account; users carry their platform role.
 */
export type PlatformRole = 'member' | 'curator' | 'admin';

export type Actor =
	| { kind: 'visitor' }
	| { kind: 'user'; userId: number; role: PlatformRole }
	/** The operator at the command line (`galaxy …`): trusted like an admin, never a web request. */
	| { kind: 'system' };

export const visitor: Actor = { kind: 'visitor' };
export const system: Actor = { kind: 'system' };

export function isStaff(actor: Actor): boolean {
	return (
		actor.kind === 'system' ||
		(actor.kind === 'user' && (actor.role === 'curator' || actor.role === 'admin'))
	);
}

export function isAdmin(actor: Actor): boolean {
	return actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin');
}
