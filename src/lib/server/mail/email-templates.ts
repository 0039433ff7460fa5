import { textDirection } from '../../i18n/locales.ts';
import { createTranslator, type Messages, type Translate } from '../../i18n/translator.ts';

/** What each email needs. Links are absolute http(s) addresses (they leave the site). */
export interface EmailTemplateValues {
	'verify-email': { name: string; link: string };
	'reset-password': { name: string; link: string };
	/** Sent to the old address, so its owner learns of a change they did not make. */
	'email-changed': { name: string; newEmail: string };
	/** Sent to the organization's editors. */
	'membership-requested': { organization: string; member: string; link: string };
	'membership-approved': { organization: string; link: string };
	/** Sent by an organization's editor; the link opens the organization's page. */
	'membership-invited': { organization: string; inviter: string; link: string };
	/** To the submitter: the solution reached the moderation queue; the link opens its history. */
	'solution-submitted': { name: string; title: string; link: string };
	/** To curators and admins; the link opens the review page. */
	'solution-awaiting-review': {
		title: string;
		submitter: string;
		organization: string;
		link: string;
	};
	/** To the submitter, with the curator's comment; the link opens the form. */
	'solution-changes-requested': { name: string; title: string; comment: string; link: string };
	/** To the submitter; the link is the public page. */
	'solution-published': { name: string; title: string; link: string };
	/** To the submitter, with the curator's reason; the link opens the history. */
	'solution-rejected': { name: string; title: string; reason: string; link: string };
	/** To curators and admins: a requester asked to be introduced; the link opens the connection. */
	'introduction-requested': { need: string; requester: string; match: string; link: string };
	/**
	 * To each party of an introduction: who the other side is and how to reach them, what the need
	 * is about, the broker's note; the link opens the need (requester) or the match (provider).
	 */
	introduction: {
		name: string;
		need: string;
		other: string;
		otherContact: string;
		about: string;
		note: string;
		link: string;
	};
	/** To the parties of a connection that moved on; `stage` is a pipeline stage. */
	'connection-stage-changed': {
		name: string;
		need: string;
		match: string;
		stage: string;
		note: string;
		link: string;
	};
	/**
	 * One notification, sent as it happens. `kind` is a notification kind (the sentence comes
	 * from `notifications.event.<kind>`), `actor` who did it, `cluster` where (may be empty).
	 */
	notification: {
		name: string;
		kind: string;
		actor: string;
		title: string;
		excerpt: string;
		cluster: string;
		link: string;
		settingsLink: string;
		unsubscribeLink: string;
	};
	/**
	 * Every notification since the last digest, in sections by cluster and kind; `more` counts
	 * those left out of a long digest (they are on the notifications page, `allLink`).
	 */
	'notification-digest': {
		name: string;
		frequency: 'daily' | 'weekly';
		total: number;
		sections: DigestSection[];
		more: number;
		allLink: string;
		settingsLink: string;
		unsubscribeLink: string;
	};
	/**
	 * About one's place at an event: registered, on the waitlist (`position`), promoted from the
	 * waitlist, or reminded the day before. `when` is in the event's time zone, `whenUtc` in UTC;
	 * `where` the venue and/or online link (may be empty); `link` the action (the event page, or
	 * the online link in a reminder); `cancelLink` gives the place up.
	 */
	'event-registration': {
		name: string;
		status: 'registered' | 'waitlisted' | 'promoted' | 'reminder';
		title: string;
		when: string;
		whenUtc: string;
		where: string;
		position: number;
		link: string;
		cancelLink: string;
	};
}

/** Notifications of one kind in one cluster (`cluster` empty: not about a cluster). */
export interface DigestSection {
	cluster: string;
	kind: string;
	/** `excerpt`: the start of what was written, plain text; empty when there is none. */
	items: { actor: string; title: string; excerpt: string; link: string }[];
}

export type EmailTemplate = keyof EmailTemplateValues;

export interface RenderedEmail {
	subject: string;
	text: string;
	html: string;
}

/** The parts every email is made of, in reading order. */
interface EmailLayout {
	subject: string;
	greeting: string;
	lead: string;
	/** Someone's own words (a curator's comment), kept as written, line breaks included. */
	quote?: string;
	action?: { label: string; link: string };
	/** Lists of links under headings (a digest), after the lead. */
	sections?: { heading: string; items: { label: string; detail?: string; link: string }[] }[];
	note?: string;
	/** Small print after the signature: why the email came, and links to change that. */
	footer?: { text: string; links: { label: string; link: string }[] };
}

function greeting(t: Translate, name: string): string {
	return name.trim() === '' ? t('email.greetingAnonymous') : t('email.greeting', { name });
}

/** The messages of a notification kind: what happened (`event`), and its name (`kind`). */
const notificationKey = (part: 'event' | 'kind', kind: string) => `notifications.${part}.${kind}`;

/** What happened, in one sentence: "Ana replied in “Market waste”". */
function notificationSentence(t: Translate, kind: string, actor: string, title: string): string {
	return t(notificationKey('event', kind), {
		actor: actor.trim() === '' ? t('notifications.someone') : actor,
		title
	});
}

/** Why the email came, and the links to change that (also in the List-Unsubscribe header). */
function notificationFooter(
	t: Translate,
	settingsLink: string,
	unsubscribeLink: string,
	unsubscribeLabel: string
): EmailLayout['footer'] {
	return {
		text: t('email.notification.why'),
		links: [
			{ label: t('email.notification.settings'), link: settingsLink },
			{ label: unsubscribeLabel, link: unsubscribeLink }
		]
	};
}

const TEMPLATES: {
	[Name in EmailTemplate]: (t: Translate, values: EmailTemplateValues[Name]) => EmailLayout;
} = {
	'verify-email': (t, { name, link }) => ({
		subject: t('email.verifyEmail.subject'),
		greeting: greeting(t, name),
		lead: t('email.verifyEmail.body'),
		action: { label: t('email.verifyEmail.action'), link },
		note: t('email.verifyEmail.ignore')
	}),
	'reset-password': (t, { name, link }) => ({
		subject: t('email.resetPassword.subject'),
		greeting: greeting(t, name),
		lead: t('email.resetPassword.body'),
		action: { label: t('email.resetPassword.action'), link },
		note: t('email.resetPassword.ignore')
	}),
	'email-changed': (t, { name, newEmail }) => ({
		subject: t('email.emailChanged.subject'),
		greeting: greeting(t, name),
		lead: t('email.emailChanged.body', { newEmail }),
		note: t('email.emailChanged.warning')
	}),
	'membership-requested': (t, { organization, member, link }) => ({
		subject: t('email.membershipRequested.subject', { organization, member }),
		greeting: t('email.greetingAnonymous'),
		lead: t('email.membershipRequested.body', { organization, member }),
		action: { label: t('email.membershipRequested.action'), link }
	}),
	'membership-approved': (t, { organization, link }) => ({
		subject: t('email.membershipApproved.subject', { organization }),
		greeting: t('email.greetingAnonymous'),
		lead: t('email.membershipApproved.body', { organization }),
		action: { label: t('email.membershipApproved.action', { organization }), link }
	}),
	'membership-invited': (t, { organization, inviter, link }) => ({
		subject: t('email.membershipInvited.subject', { organization }),
		greeting: t('email.greetingAnonymous'),
		lead: t('email.membershipInvited.body', { organization, inviter }),
		action: { label: t('email.membershipApproved.action', { organization }), link },
		note: t('email.membershipInvited.note')
	}),
	'solution-submitted': (t, { name, title, link }) => ({
		subject: t('email.solutionSubmitted.subject', { title }),
		greeting: greeting(t, name),
		lead: t('email.solutionSubmitted.body', { title }),
		action: { label: t('email.solutionSubmitted.action'), link }
	}),
	'solution-awaiting-review': (t, { title, submitter, organization, link }) => ({
		subject: t('email.solutionAwaitingReview.subject', { title }),
		greeting: t('email.greetingAnonymous'),
		lead: t('email.solutionAwaitingReview.body', { title, submitter, organization }),
		action: { label: t('email.solutionAwaitingReview.action'), link }
	}),
	'solution-changes-requested': (t, { name, title, comment, link }) => ({
		subject: t('email.solutionChangesRequested.subject', { title }),
		greeting: greeting(t, name),
		lead: t('email.solutionChangesRequested.body', { title }),
		quote: comment,
		action: { label: t('email.solutionChangesRequested.action'), link }
	}),
	'solution-published': (t, { name, title, link }) => ({
		subject: t('email.solutionPublished.subject', { title }),
		greeting: greeting(t, name),
		lead: t('email.solutionPublished.body', { title }),
		action: { label: t('email.solutionPublished.action'), link }
	}),
	'solution-rejected': (t, { name, title, reason, link }) => ({
		subject: t('email.solutionRejected.subject', { title }),
		greeting: greeting(t, name),
		lead: t('email.solutionRejected.body', { title }),
		quote: reason,
		action: { label: t('email.solutionRejected.action'), link }
	}),
	'introduction-requested': (t, { need, requester, match, link }) => ({
		subject: t('email.introductionRequested.subject', { need }),
		greeting: t('email.greetingAnonymous'),
		lead: t('email.introductionRequested.body', { need, requester, match }),
		action: { label: t('email.introductionRequested.action'), link }
	}),
	introduction: (t, { name, need, other, otherContact, about, note, link }) => ({
		subject: t('email.introduction.subject', { other }),
		greeting: greeting(t, name),
		lead: t('email.introduction.body', { need, other, otherContact, about }),
		...(note.trim() === '' ? {} : { quote: note }),
		action: { label: t('email.introduction.action'), link },
		note: t('email.introduction.note')
	}),
	'connection-stage-changed': (t, { name, need, match, stage, note, link }) => ({
		subject: t('email.connectionStageChanged.subject', {
			need,
			stage: t(`pipeline.stage.${stage}`)
		}),
		greeting: greeting(t, name),
		lead: t('email.connectionStageChanged.body', {
			need,
			match,
			stage: t(`pipeline.stage.${stage}`)
		}),
		...(note.trim() === '' ? {} : { quote: note }),
		action: { label: t('email.connectionStageChanged.action'), link }
	}),
	notification: (t, values) => {
		const sentence = notificationSentence(t, values.kind, values.actor, values.title);
		return {
			subject: sentence,
			greeting: greeting(t, values.name),
			lead:
				values.cluster.trim() === ''
					? sentence
					: t('email.notification.inCluster', { cluster: values.cluster, sentence }),
			...(values.excerpt.trim() === '' ? {} : { quote: values.excerpt }),
			action: { label: t('email.notification.action'), link: values.link },
			footer: notificationFooter(
				t,
				values.settingsLink,
				values.unsubscribeLink,
				t('email.notification.unsubscribeKind')
			)
		};
	},
	'notification-digest': (t, values) => ({
		subject: t('email.digest.subject', { frequency: values.frequency, count: values.total }),
		greeting: greeting(t, values.name),
		lead: t('email.digest.lead'),
		sections: values.sections.map((section) => ({
			heading:
				section.cluster.trim() === ''
					? t(notificationKey('kind', section.kind))
					: t('email.digest.section', {
							cluster: section.cluster,
							kind: t(notificationKey('kind', section.kind))
						}),
			items: section.items.map((item) => ({
				label: notificationSentence(t, section.kind, item.actor, item.title),
				detail: item.excerpt.trim() === '' ? undefined : item.excerpt,
				link: item.link
			}))
		})),
		action: {
			label:
				values.more > 0 ? t('email.digest.more', { count: values.more }) : t('email.digest.all'),
			link: values.allLink
		},
		footer: notificationFooter(
			t,
			values.settingsLink,
			values.unsubscribeLink,
			t('email.digest.unsubscribe')
		)
	}),
	'event-registration': (t, values) => {
		const key = `email.eventRegistration.${values.status}`;
		const { title, when, whenUtc, where, position } = values;
		return {
			subject: t(`${key}.subject`, { title }),
			greeting: greeting(t, values.name),
			lead: t(`${key}.body`, { title, position }),
			action: { label: t(`${key}.action`), link: values.link },
			note:
				where.trim() === ''
					? t('email.eventRegistration.when', { when, whenUtc })
					: t('email.eventRegistration.whenWhere', { when, whenUtc, where }),
			footer: {
				text: t('email.eventRegistration.cannotCome'),
				links: [{ label: t('email.eventRegistration.cancel'), link: values.cancelLink }]
			}
		};
	}
};

function escapeHtml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!
	);
}

function assertWebLink(link: string): void {
	const protocol = URL.canParse(link) ? new URL(link).protocol : null;
	if (protocol !== 'https:' && protocol !== 'http:') {
		throw new Error(`An email link must be an absolute http(s) address, not "${link}".`);
	}
}

function toText(layout: EmailLayout, signature: string): string {
	const paragraphs = [layout.greeting, layout.lead];
	if (layout.quote) paragraphs.push(layout.quote);
	for (const section of layout.sections ?? []) {
		const items = section.items.map((item) =>
			[`- ${item.label}`, item.detail && `  “${item.detail}”`, `  ${item.link}`]
				.filter(Boolean)
				.join('\n')
		);
		paragraphs.push([section.heading, ...items].join('\n'));
	}
	if (layout.action) {
		// A list already shows its links; the action then needs its label to be told apart.
		paragraphs.push(
			layout.sections ? `${layout.action.label}\n${layout.action.link}` : layout.action.link
		);
	}
	if (layout.note) paragraphs.push(layout.note);
	paragraphs.push(signature);
	if (layout.footer) {
		const links = layout.footer.links.map((item) => `${item.label}: ${item.link}`);
		paragraphs.push(['--', layout.footer.text, ...links].join('\n'));
	}
	return `${paragraphs.join('\n\n')}\n`;
}

function toHtml(
	layout: EmailLayout,
	signature: string,
	linkFallback: string,
	locale: string
): string {
	const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
	const body = [paragraph(layout.greeting), paragraph(layout.lead)];
	if (layout.quote) {
		body.push(
			`<blockquote style="margin:0 0 1em;padding:0 1em;border-left:3px solid #d9dedf;white-space:pre-line">${escapeHtml(layout.quote)}</blockquote>`
		);
	}
	for (const section of layout.sections ?? []) {
		const items = section.items.map(
			(item) =>
				`<li><a href="${escapeHtml(item.link)}">${escapeHtml(item.label)}</a>${
					item.detail ? `<br>“${escapeHtml(item.detail)}”` : ''
				}</li>`
		);
		body.push(
			`<h2 style="font-size:1.05em;margin:1.25em 0 0.5em">${escapeHtml(section.heading)}</h2>`,
			`<ul>${items.join('')}</ul>`
		);
	}
	if (layout.action) {
		const href = escapeHtml(layout.action.link);
		body.push(
			`<p><a href="${href}" style="display:inline-block;padding:10px 16px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(layout.action.label)}</a></p>`,
			`<p>${escapeHtml(linkFallback)}<br><a href="${href}">${href}</a></p>`
		);
	}
	if (layout.note) body.push(paragraph(layout.note));
	body.push(paragraph(signature));
	if (layout.footer) {
		const links = layout.footer.links.map(
			(item) => `<a href="${escapeHtml(item.link)}">${escapeHtml(item.label)}</a>`
		);
		body.push(
			`<p style="font-size:0.85em;color:#555555;border-top:1px solid #d9dedf;padding-top:1em">${escapeHtml(layout.footer.text)}<br>${links.join(' · ')}</p>`
		);
	}
	return [
		'<!doctype html>',
		`<html lang="${escapeHtml(locale)}" dir="${textDirection(locale)}">`,
		'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
		`<title>${escapeHtml(layout.subject)}</title></head>`,
		'<body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">',
		...body,
		'</body>',
		'</html>',
		''
	].join('\n');
}

/**
 * Renders one email in the reader's language: subject, plain text and simple HTML (every value
 * escaped). Takes the messages rather than importing them, so it also runs outside Vite (the CLI).
 * @example renderEmail(MESSAGES.fr, ENGLISH, 'fr', 'verify-email', { name: 'Ana', link })
 */
export function renderEmail<Name extends EmailTemplate>(
	messages: Messages,
	fallback: Messages,
	locale: string,
	template: Name,
	values: EmailTemplateValues[Name]
): RenderedEmail {
	const t = createTranslator(locale, messages, fallback);
	const layout = TEMPLATES[template](t, values);
	if (layout.action) assertWebLink(layout.action.link);
	for (const section of layout.sections ?? []) {
		for (const item of section.items) assertWebLink(item.link);
	}
	for (const item of layout.footer?.links ?? []) assertWebLink(item.link);
	// A name with a line break must not break the Subject header.
	layout.subject = layout.subject.replace(/\s+/g, ' ').trim();
	const signature = t('email.signature');
	return {
		subject: layout.subject,
		text: toText(layout, signature),
		html: toHtml(layout, signature, t('email.linkFallback'), locale)
	};
}
