import { MailDeliveryError } from '../mail/mail.service.ts';
import type { NotifyContext } from '../solutions/solution-notifications.ts';
import { formatContact, type Party } from './connection-parties.ts';
import type { Stage } from './pipeline.rules.ts';
import { findStaffEmails } from './connections.repository.ts';

/**
 * The pipeline's emails, sent after the change they report was committed. A relay that fails does
 * not undo the move: the outbox row says `failed`, and admins see it there. People have no
 * language setting yet: emails go out in the language of the broker's interface.
 */

async function send(
	context: NotifyContext,
	to: string,
	email: { subject: string; text: string; html: string }
) {
	try {
		await context.mailer.send({ to, ...email });
	} catch (error) {
		if (!(error instanceof MailDeliveryError)) throw error;
		console.error('Brokering email not delivered:', error.message);
	}
}

const absolute = (context: NotifyContext, path: string | null) =>
	path === null ? context.origin : `${context.origin}${path}`;

/** A requester asked to be introduced: every curator and admin hears of it. */
export async function notifyIntroductionRequested(
	context: NotifyContext,
	{
		need,
		requester,
		match,
		connectionId
	}: { need: string; requester: string; match: string; connectionId: number }
): Promise<void> {
	const email = context.composeEmail('introduction-requested', 'en', {
		need,
		requester,
		match,
		link: `${context.origin}/admin/brokering/${connectionId}`
	});
	for (const to of await findStaffEmails(context.db)) await send(context, to, email);
}

/**
 * The introduction: each side receives the other's name and contact, what the need is about, and
 * the broker's note.
 */
export async function notifyIntroduction(
	context: NotifyContext & { locale: string },
	{
		need,
		requester,
		other,
		note,
		pathForOther
	}: {
		need: { title: string; summary: string };
		requester: Party;
		other: Party;
		note: string;
		/** The need's page when the other side may see it, else none (the site). */
		pathForOther: string | null;
	}
): Promise<void> {
	const [requesterContact, otherContact] = [requester.contacts[0], other.contacts[0]];
	if (!requesterContact || !otherContact) return;
	for (const contact of requester.contacts) {
		await send(
			context,
			contact.email,
			context.composeEmail('introduction', context.locale, {
				name: contact.name,
				need: need.title,
				other: other.label,
				otherContact: formatContact(otherContact),
				about: other.label,
				note,
				link: absolute(context, requester.path)
			})
		);
	}
	for (const contact of other.contacts) {
		await send(
			context,
			contact.email,
			context.composeEmail('introduction', context.locale, {
				name: contact.name,
				need: need.title,
				other: requester.label,
				otherContact: formatContact(requesterContact),
				about: need.summary,
				note,
				link: absolute(context, pathForOther)
			})
		);
	}
}

/**
 * Any later move concerns both parties (before the introduction, only the requester: the other
 * side does not know of the connection yet).
 */
export async function notifyStageChange(
	context: NotifyContext & { locale: string },
	{
		need,
		stage,
		note,
		requester,
		other,
		introduced,
		pathForOther
	}: {
		need: string;
		stage: Stage;
		note: string;
		requester: Party;
		other: Party | null;
		introduced: boolean;
		pathForOther: string | null;
	}
): Promise<void> {
	const recipients = [
		...requester.contacts.map((contact) => ({
			contact,
			match: other?.label ?? '',
			path: requester.path
		})),
		...(introduced && other
			? other.contacts.map((contact) => ({ contact, match: requester.label, path: pathForOther }))
			: [])
	];
	for (const { contact, match, path } of recipients) {
		await send(
			context,
			contact.email,
			context.composeEmail('connection-stage-changed', context.locale, {
				name: contact.name,
				need,
				match,
				stage,
				note,
				link: absolute(context, path)
			})
		);
	}
}
