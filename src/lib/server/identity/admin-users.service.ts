import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { toPaging } from '../db/paging.ts';
import { conflict, forbidden, notFound } from '../http/errors.ts';
import { parseInput, type Page } from '../http/query.ts';
import type { Actor } from './actor.ts';
import { canManageUsers } from './admin.policy.ts';
import { presentManagedUser, type ManagedUser, type RoleChange } from './admin-users.presenter.ts';
import {
	findLastSignIns,
	findUsers,
	lockAdmins,
	updateUserRole
} from './admin-users.repository.ts';
import {
	roleChangeInputSchema,
	userListQuerySchema,
	type RoleChangeInput,
	type UserListQuery
} from './admin-users.schema.ts';
import { recordAudit } from './audit.repository.ts';
import type { RequestOrigin } from './identity.dependencies.ts';
import { findUserById } from './identity.repository.ts';
import { deleteUserSessions } from './sessions.repository.ts';

export interface AdminContext {
	db: Kysely<Database>;
	actor: Actor;
	now?: Date;
}

/**
 * Accounts for admins, ordered by email, filtered by a text (in the email or the name) and a role.
 * @example await listUsers({ db, actor }, { q: 'koidu', role: 'curator', page: 1 })
 */
export async function listUsers(
	{ db, actor }: Pick<AdminContext, 'db' | 'actor'>,
	input: UserListQuery
): Promise<Page<ManagedUser>> {
	if (!canManageUsers(actor)) throw forbidden();
	const query = parseInput(userListQuerySchema, input);
	const { rows, total } = await findUsers(
		db,
		{ text: query.q || undefined, role: query.role },
		toPaging(query.page, query.pageSize)
	);
	const lastSignIns = await findLastSignIns(
		db,
		rows.map((row) => row.id)
	);
	return {
		data: rows.map((row) => presentManagedUser(row, lastSignIns.get(row.id) ?? null)),
		page: query.page,
		pageSize: query.pageSize,
		total
	};
}

/**
 * Gives an account another platform role. Every session of that account ends (a change of
 * privilege starts from a fresh sign-in) and the change is audited, in one transaction. The last
 * admin cannot stop being one. Giving the role the account already has changes nothing.
 */
export async function changeUserRole(
	{ db, actor, now = new Date() }: AdminContext,
	input: RoleChangeInput,
	origin: Pick<RequestOrigin, 'ip'>
): Promise<RoleChange> {
	if (!canManageUsers(actor)) throw forbidden();
	const { userId, role } = parseInput(roleChangeInputSchema, input);
	const at = now.toISOString();
	return db.transaction().execute(async (trx) => {
		const admins = await lockAdmins(trx);
		const user = await findUserById(trx, userId);
		if (!user) throw notFound('user');
		const change = {
			userId,
			email: user.email,
			displayName: user.display_name,
			from: user.role,
			to: role
		};
		if (user.role === role) return { ...change, sessionsEnded: 0 };
		if (user.role === 'admin' && admins.length <= 1) {
			throw conflict(
				'This is the only administrator account: make another account an administrator first.'
			);
		}
		await updateUserRole(trx, userId, role, at);
		const sessionsEnded = await deleteUserSessions(trx, userId);
		await recordAudit(trx, {
			action: 'role-changed',
			actorUserId: actor.kind === 'user' ? actor.userId : null,
			subjectType: 'user',
			subjectId: userId,
			ipAddress: origin.ip,
			details: { from: user.role, to: role },
			at
		});
		return { ...change, sessionsEnded };
	});
}
