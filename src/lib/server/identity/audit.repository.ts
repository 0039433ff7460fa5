import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

export interface AuditEntry {
	action: string;
	actorUserId: number | null;
	subjectType?: string;
	subjectId?: string | number;
	ipAddress?: string | null;
	details?: Record<string, unknown>;
	at: string;
}

/**
 * Records a security or moderation event. Callers pass the transaction of the action itself, so
 * the record exists exactly when the action happened.
 */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
	await db
		.insertInto('audit_events')
		.values({
			occurred_at: entry.at,
			actor_user_id: entry.actorUserId,
			action: entry.action,
			subject_type: entry.subjectType ?? null,
			subject_id: entry.subjectId === undefined ? null : String(entry.subjectId),
			ip_address: entry.ipAddress ?? null,
			details: entry.details ? JSON.stringify(entry.details) : null
		})
		.execute();
}
