import type { PlatformRole } from './actor.ts';
import type { ManagedUserRow } from './admin-users.repository.ts';

/** An account as admins see it in the list of users. */
export interface ManagedUser {
	id: number;
	email: string;
	displayName: string;
	role: PlatformRole;
	/** Whether the email address is confirmed. */
	verified: boolean;
	createdAt: string;
	lastSignInAt: string | null;
}

export function presentManagedUser(row: ManagedUserRow, lastSignInAt: string | null): ManagedUser {
	return {
		id: row.id,
		email: row.email,
		displayName: row.display_name,
		role: row.role,
		verified: row.email_verified_at !== null,
		createdAt: row.created_at,
		lastSignInAt
	};
}

/** What a role change did, for the confirmation message. */
export interface RoleChange {
	userId: number;
	email: string;
	displayName: string;
	from: PlatformRole;
	to: PlatformRole;
	/** How many sessions of the account were ended (0 when the role did not change). */
	sessionsEnded: number;
}
