import type { OutboxRow } from './mail.repository.ts';

export interface OutboxEntry {
	id: number;
	createdAt: string;
	to: string;
	subject: string;
	text: string;
	html: string | null;
	headers: Record<string, string>;
	/** `stored`: kept here, not sent (no SMTP_URL, or not yet tried); `sent`; `failed`. */
	status: OutboxRow['status'];
	sentAt: string | null;
	error: string | null;
}

function parseHeaders(json: string | null): Record<string, string> {
	if (json === null) return {};
	const value: unknown = JSON.parse(json);
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
	return Object.fromEntries(
		Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
	);
}

export function presentOutboxEntry(row: OutboxRow): OutboxEntry {
	return {
		id: row.id,
		createdAt: row.created_at,
		to: row.to_address,
		subject: row.subject,
		text: row.text_body,
		html: row.html_body,
		headers: parseHeaders(row.headers),
		status: row.status,
		sentAt: row.sent_at,
		error: row.error
	};
}
