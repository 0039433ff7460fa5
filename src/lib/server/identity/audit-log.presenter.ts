import type { AuditEventRow } from './audit-log.repository.ts';

export interface AuditEventView {
	id: number;
	occurredAt: string;
	action: string;
	/** Who did it; null when nobody was signed in (a failed sign-in) or the account is gone. */
	actor: { id: number; email: string; displayName: string } | null;
	/** What it was about; `label` is the account's email when the subject is an account. */
	subject: { type: string; id: string | null; label: string | null } | null;
	ip: string | null;
	details: Record<string, unknown>;
}

/** The stored JSON object, or an empty one if the column is empty or not an object. */
function parseDetails(json: string | null): Record<string, unknown> {
	if (json === null) return {};
	try {
		const value: unknown = JSON.parse(json);
		return typeof value === 'object' && value !== null && !Array.isArray(value)
			? (value as Record<string, unknown>)
			: {};
	} catch {
		return {};
	}
}

/** The id of the account an event is about, if it is about an account. */
export function subjectUserId(row: Pick<AuditEventRow, 'subject_type' | 'subject_id'>) {
	if (row.subject_type !== 'user' || row.subject_id === null) return null;
	return /^\d{1,9}$/.test(row.subject_id) ? Number(row.subject_id) : null;
}

export function presentAuditEvent(
	row: AuditEventRow,
	subjectEmails: Map<number, string>
): AuditEventView {
	const subjectUser = subjectUserId(row);
	return {
		id: row.id,
		occurredAt: row.occurred_at,
		action: row.action,
		actor:
			row.actor_user_id !== null && row.actor_email !== null
				? { id: row.actor_user_id, email: row.actor_email, displayName: row.actor_name ?? '' }
				: null,
		subject:
			row.subject_type === null
				? null
				: {
						type: row.subject_type,
						id: row.subject_id,
						label: subjectUser === null ? null : (subjectEmails.get(subjectUser) ?? null)
					},
		ip: row.ip_address,
		details: parseDetails(row.details)
	};
}
