import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { lockAdmins } from './admin-users.repository.ts';
import { conflict, invalidInput, unauthenticated } from '../http/errors.ts';
import { parseInput } from '../http/query.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.repository.ts';
import type { RequestOrigin } from './identity.dependencies.ts';
import { findUserById } from './identity.repository.ts';
import { verifyPassword } from './password.ts';
import { presentPersonalData, type PersonalDataExport } from './personal-data.presenter.ts';
import {
	archivePublishedSolutionsOf,
	deleteNeedsOf,
	deleteUnpublishedSolutionsOf,
	deleteUserRow,
	findAccountForExport,
	listApiTokensForExport,
	listAuditEventsForExport,
	listConnectionStepsBy,
	listEmailLinksForExport,
	listMembershipsForExport,
	listNeedsCreatedBy,
	listSessionsForExport,
	listSolutionsCreatedBy
} from './personal-data.repository.ts';
import { deleteAccountSchema, type DeleteAccountInput } from './personal-data.schema.ts';

export interface PersonalDataContext {
	db: Kysely<Database>;
	actor: Actor;
	now?: Date;
}

/** Only the person themself: not a visitor, not an admin acting for them, not the CLI. */
function accountOwner(actor: Actor): number {
	if (actor.kind !== 'user') throw unauthenticated();
	return actor.userId;
}

/**
 * Everything the platform holds about the signed-in person, ready for `JSON.stringify`.
 * @example const data = await exportPersonalData({ db, actor: locals.actor })
 */
export async function exportPersonalData({
	db,
	actor,
	now = new Date()
}: PersonalDataContext): Promise<PersonalDataExport> {
	const userId = accountOwner(actor);
	const account = await findAccountForExport(db, userId);
	// The session outlived its account (deleted in another tab): nobody is signed in any more.
	if (!account) throw unauthenticated();
	const [
		sessions,
		memberships,
		apiTokens,
		emailLinks,
		auditEvents,
		solutions,
		needs,
		connectionSteps
	] = await Promise.all([
		listSessionsForExport(db, userId),
		listMembershipsForExport(db, userId),
		listApiTokensForExport(db, userId),
		listEmailLinksForExport(db, userId),
		listAuditEventsForExport(db, userId),
		listSolutionsCreatedBy(db, userId),
		listNeedsCreatedBy(db, userId),
		listConnectionStepsBy(db, userId)
	]);
	return presentPersonalData(
		{
			account,
			sessions,
			memberships,
			apiTokens,
			emailLinks,
			auditEvents,
			solutions,
			needs,
			connectionSteps
		},
		now
	);
}

export interface AccountDeleted {
	contributions: 'kept' | 'removed';
	solutionsDeleted: number;
	solutionsArchived: number;
	needsDeleted: number;
}

/**
 * Deletes the signed-in person's account after they confirm with their password.
 *
 * Their contributions stay by default, attributed to "former member" (the foreign keys set
 * `created_by` to NULL). With `removeContributions`, unpublished solutions and all their needs
 * are deleted and published solutions archived. The last admin cannot leave: the platform would
 * have nobody to run it.
 */
export async function deleteAccount(
	{ db, actor, now = new Date() }: PersonalDataContext,
	input: DeleteAccountInput,
	origin: RequestOrigin
): Promise<AccountDeleted> {
	const userId = accountOwner(actor);
	const valid = parseInput(deleteAccountSchema, input);
	const user = await findUserById(db, userId);
	if (!user) throw unauthenticated();
	if (!user.password_hash || !(await verifyPassword(user.password_hash, valid.password))) {
		throw invalidInput(
			[{ field: 'password', reason: 'is not your password' }],
			'The password is not correct. Your account was not deleted.'
		);
	}
	const at = now.toISOString();
	return db.transaction().execute(async (trx) => {
		const admins = await lockAdmins(trx);
		if (admins.includes(userId) && admins.length === 1) {
			throw conflict(
				'You are the only administrator. Make someone else an administrator before deleting your account.'
			);
		}
		const result: AccountDeleted = {
			contributions: valid.removeContributions ? 'removed' : 'kept',
			solutionsDeleted: 0,
			solutionsArchived: 0,
			needsDeleted: 0
		};
		if (valid.removeContributions) {
			result.solutionsDeleted = await deleteUnpublishedSolutionsOf(trx, userId);
			result.solutionsArchived = await archivePublishedSolutionsOf(trx, userId, at);
			result.needsDeleted = await deleteNeedsOf(trx, userId);
		}
		// The user row is about to go, so the event names the account in its details, not as actor.
		await recordAudit(trx, {
			action: 'account-deleted',
			actorUserId: null,
			subjectType: 'user',
			subjectId: userId,
			ipAddress: origin.ip,
			details: { userId, ...result },
			at
		});
		if ((await deleteUserRow(trx, userId)) === 0) throw unauthenticated();
		return result;
	});
}
