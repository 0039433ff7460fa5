import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Paging } from '../db/paging.ts';

export interface AuditEventRow {
	id: number;
	occurred_at: string;
	action: string;
	subject_type: string | null;
	subject_id: string | null;
	ip_address: string | null;
	details: string | null;
	actor_user_id: number | null;
	actor_email: string | null;
	actor_name: string | null;
}

function filtered(db: Kysely<Database>, action: string | undefined) {
	let query = db.selectFrom('audit_events as a');
	if (action) query = query.where('a.action', '=', action);
	return query;
}

/** One page of audit events, newest first, with the acting account joined; and the total. */
export async function findAuditEvents(
	db: Kysely<Database>,
	filters: { action?: string },
	paging: Paging
): Promise<{ rows: AuditEventRow[]; total: number }> {
	const [rows, count] = await Promise.all([
		filtered(db, filters.action)
			.leftJoin('users as u', 'u.id', 'a.actor_user_id')
			.select([
				'a.id',
				'a.occurred_at',
				'a.action',
				'a.subject_type',
				'a.subject_id',
				'a.ip_address',
				'a.details',
				'a.actor_user_id',
				'u.email as actor_email',
				'u.display_name as actor_name'
			])
			.orderBy('a.occurred_at', 'desc')
			.orderBy('a.id', 'desc')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		filtered(db, filters.action)
			.select((eb) => eb.fn.countAll<number>().as('total'))
			.executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.total) };
}

/** The actions the log holds, for the filter. */
export async function findAuditActions(db: Kysely<Database>): Promise<string[]> {
	const rows = await db
		.selectFrom('audit_events')
		.select('action')
		.distinct()
		.orderBy('action')
		.execute();
	return rows.map((row) => row.action);
}

/** The emails of the accounts some events are about (one query for a page). */
export async function findUserEmails(
	db: Kysely<Database>,
	userIds: number[]
): Promise<Map<number, string>> {
	if (userIds.length === 0) return new Map();
	const rows = await db
		.selectFrom('users')
		.select(['id', 'email'])
		.where('id', 'in', userIds)
		.execute();
	return new Map(rows.map((row) => [row.id, row.email]));
}
