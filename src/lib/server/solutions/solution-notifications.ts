import type { Kysely } from 'kysely';
import { AVAILABLE_LOCALES } from '../../i18n/messages.ts';
import type { Database } from '../db/database.ts';
import type { ComposeEmail } from '../identity/identity.dependencies.ts';
import { MailDeliveryError, type Mailer } from '../mail/mail.service.ts';
import { findModeratorEmails, findSubmitter } from './solution-workflow.repository.ts';
import type { ModerationDecision } from './solution-workflow.rules.ts';

/** What sending the workflow's emails needs. */
export interface NotifyContext {
	db: Kysely<Database>;
	mailer: Mailer;
	composeEmail: ComposeEmail;
	/** The public address of the site, for links in emails. */
	origin: string;
}

/**
 * Sends one email after the change it reports was committed. A relay that fails does not undo
 * the change or fail the request: the outbox row says `failed`, and admins see it there.
 */
async function send(
	context: NotifyContext,
	to: string,
	email: { subject: string; text: string; html: string }
): Promise<void> {
	try {
		await context.mailer.send({ to, ...email });
	} catch (error) {
		if (!(error instanceof MailDeliveryError)) throw error;
		console.error('Solution workflow email not delivered:', error.message);
	}
}

/**
 * People have no language setting: decisions reach the submitter in the language they wrote the
 * solution in (when the interface speaks it), English otherwise.
 */
function languageOfSubmitter(solutionLanguage: string): string {
	return AVAILABLE_LOCALES.includes(solutionLanguage) ? solutionLanguage : 'en';
}

/**
 * A submission: the submitter gets a confirmation in the language they used, and every curator
 * and admin (but the submitter) learns that something waits in the queue.
 */
export async function notifySubmission(
	context: NotifyContext,
	{
		solution,
		submitter,
		organization,
		locale
	}: {
		solution: { slug: string; title: string };
		submitter: { email: string; name: string };
		organization: string | null;
		locale: string;
	}
): Promise<void> {
	await send(
		context,
		submitter.email,
		context.composeEmail('solution-submitted', locale, {
			name: submitter.name,
			title: solution.title,
			link: `${context.origin}/solutions/${solution.slug}/history`
		})
	);
	const review = context.composeEmail('solution-awaiting-review', 'en', {
		title: solution.title,
		submitter: submitter.name,
		organization: organization ?? '—',
		link: `${context.origin}/admin/moderation/${solution.slug}`
	});
	for (const to of await findModeratorEmails(context.db)) {
		if (to !== submitter.email) await send(context, to, review);
	}
}

/** A curator's decision, told to whoever last submitted the solution. */
export async function notifyDecision(
	context: NotifyContext,
	{
		solution,
		decision,
		comment
	}: {
		solution: { id: number; slug: string; title: string; language: string };
		decision: ModerationDecision;
		comment: string | null;
	}
): Promise<void> {
	// Archiving is housekeeping by curators, not an answer to a submission.
	if (decision === 'archive') return;
	const submitter = await findSubmitter(context.db, solution.id);
	if (!submitter) return;
	const locale = languageOfSubmitter(solution.language);
	const base = { name: submitter.display_name, title: solution.title };
	const page = `${context.origin}/solutions/${solution.slug}`;
	const email =
		decision === 'publish'
			? context.composeEmail('solution-published', locale, { ...base, link: page })
			: decision === 'request-changes'
				? context.composeEmail('solution-changes-requested', locale, {
						...base,
						comment: comment ?? '',
						link: `${page}/edit`
					})
				: context.composeEmail('solution-rejected', locale, {
						...base,
						reason: comment ?? '',
						link: `${page}/history`
					});
	await send(context, submitter.email, email);
}
