import type { Row } from '../db/database.ts';

export interface UserSummary {
	id: number;
	email: string;
	displayName: string;
	role: Row<'users'>['role'];
	createdAt: string;
}

/** Never includes the password hash. */
export function presentUser(row: Row<'users'>): UserSummary {
	return {
		id: row.id,
		email: row.email,
		displayName: row.display_name,
		role: row.role,
		createdAt: row.created_at
	};
}
