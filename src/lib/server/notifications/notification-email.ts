import { ENGLISH, MESSAGES } from '../../i18n/messages.ts';
import { renderEmail, type DigestSection } from '../mail/email-templates.ts';
import type { OutgoingMail } from '../mail/mail.schema.ts';
import type { DigestFrequency } from './digests.repository.ts';
import type { NotificationRow } from './notifications.repository.ts';

/**
 * The notification emails: one notification as it happens, and a digest. People have no
 * language setting yet, so these go out in English (the templates are translated, ready for
 * one). Every email links to its items, to the email settings and to a one-click unsubscribe
 * link, which the List-Unsubscribe headers carry too (RFC 8058).
 */

const LOCALE = 'en';

/** Items listed in one digest; the rest are counted and linked to the notifications page. */
export const DIGEST_ITEM_LIMIT = 50;

export interface EmailRecipient {
	email: string;
	name: string;
}

/** The RFC 2369 and RFC 8058 headers: mail programs show an unsubscribe button that POSTs. */
export function unsubscribeHeaders(unsubscribeLink: string): Record<string, string> {
	return {
		'List-Unsubscribe': `<${unsubscribeLink}>`,
		'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
	};
}

/** The mailer refuses subjects over 250 characters; a long thread title is cut instead. */
const SUBJECT_LIMIT = 250;

function fitSubject(subject: string): string {
	return subject.length <= SUBJECT_LIMIT ? subject : `${subject.slice(0, SUBJECT_LIMIT - 1)}…`;
}

const links = (origin: string) => ({
	settingsLink: `${origin}/account/notifications`,
	allLink: `${origin}/notifications`,
	/** Opening it marks the notification read, then goes on to what it is about. */
	item: (id: number) => `${origin}/notifications/${id}`
});

/** One notification, sent as it happens. */
export function notificationEmail(
	recipient: EmailRecipient,
	notification: Pick<NotificationRow, 'id' | 'kind' | 'title' | 'excerpt'> & {
		actor: string;
		cluster: string;
	},
	{ origin, unsubscribeLink }: { origin: string; unsubscribeLink: string }
): OutgoingMail {
	const link = links(origin);
	const email = renderEmail(MESSAGES[LOCALE] ?? ENGLISH, ENGLISH, LOCALE, 'notification', {
		name: recipient.name,
		kind: notification.kind,
		actor: notification.actor,
		title: notification.title,
		excerpt: notification.excerpt ?? '',
		cluster: notification.cluster,
		link: link.item(notification.id),
		settingsLink: link.settingsLink,
		unsubscribeLink
	});
	return {
		to: recipient.email,
		...email,
		subject: fitSubject(email.subject),
		headers: unsubscribeHeaders(unsubscribeLink)
	};
}

/**
 * Sections of a digest: by cluster and kind, the section with the newest item first and the
 * items newest first, no more than `DIGEST_ITEM_LIMIT` items in all.
 */
export function digestSections(rows: NotificationRow[], origin: string): DigestSection[] {
	const newestFirst = [...rows].sort(
		(a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id
	);
	const sections = new Map<string, DigestSection>();
	for (const row of newestFirst.slice(0, DIGEST_ITEM_LIMIT)) {
		const key = `${row.cluster_id ?? ''}\u0000${row.kind}`;
		let section = sections.get(key);
		if (!section) {
			section = { cluster: row.cluster_name ?? '', kind: row.kind, items: [] };
			sections.set(key, section);
		}
		section.items.push({
			actor: row.actor_name ?? '',
			title: row.title,
			excerpt: row.excerpt ?? '',
			link: links(origin).item(row.id)
		});
	}
	return [...sections.values()];
}

/** Every notification since the last digest of this frequency, in one email. */
export function digestEmail(
	recipient: EmailRecipient,
	frequency: DigestFrequency,
	rows: NotificationRow[],
	{ origin, unsubscribeLink }: { origin: string; unsubscribeLink: string }
): OutgoingMail {
	const link = links(origin);
	const email = renderEmail(MESSAGES[LOCALE] ?? ENGLISH, ENGLISH, LOCALE, 'notification-digest', {
		name: recipient.name,
		frequency,
		total: rows.length,
		sections: digestSections(rows, origin),
		more: Math.max(0, rows.length - DIGEST_ITEM_LIMIT),
		allLink: link.allLink,
		settingsLink: link.settingsLink,
		unsubscribeLink
	});
	return { to: recipient.email, ...email, headers: unsubscribeHeaders(unsubscribeLink) };
}
