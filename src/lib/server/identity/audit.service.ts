import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { toPaging } from '../db/paging.ts';
import { forbidden } from '../http/errors.ts';
import { parseInput, type Page } from '../http/query.ts';
import type { Actor } from './actor.ts';
import { canReadAuditLog } from './admin.policy.ts';
import { presentAuditEvent, subjectUserId, type AuditEventView } from './audit-log.presenter.ts';
import { findAuditActions, findAuditEvents, findUserEmails } from './audit-log.repository.ts';
import { auditLogQuerySchema, type AuditLogQuery } from './audit-log.schema.ts';

export interface AuditLog extends Page<AuditEventView> {
	/** Every action the log holds, for the filter. */
	actions: string[];
}

/**
 * The security and moderation events, newest first, for curators and admins.
 * @example await listAuditEvents({ db, actor }, { action: 'role-changed', page: 1 })
 */
export async function listAuditEvents(
	{ db, actor }: { db: Kysely<Database>; actor: Actor },
	input: AuditLogQuery
): Promise<AuditLog> {
	if (!canReadAuditLog(actor)) throw forbidden();
	const query = parseInput(auditLogQuerySchema, input);
	const [{ rows, total }, actions] = await Promise.all([
		findAuditEvents(
			db,
			{ action: query.action || undefined },
			toPaging(query.page, query.pageSize)
		),
		findAuditActions(db)
	]);
	const subjectIds = [
		...new Set(rows.map(subjectUserId).filter((id): id is number => id !== null))
	];
	const subjectEmails = await findUserEmails(db, subjectIds);
	return {
		data: rows.map((row) => presentAuditEvent(row, subjectEmails)),
		page: query.page,
		pageSize: query.pageSize,
		total,
		actions
	};
}
