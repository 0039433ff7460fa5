import { describe, expect, it } from 'vitest';
import { ENGLISH, MESSAGES } from '../../i18n/messages.ts';
import { renderEmail, type EmailTemplate, type EmailTemplateValues } from './email-templates.ts';

const link = 'https://galaxy.example.org/account/verify?token=abc&lang=fr';
const hostile = '<script>alert("x")</script>';

const EXAMPLES: { [Name in EmailTemplate]: EmailTemplateValues[Name] } = {
	'verify-email': { name: 'Ana Souza', link },
	'reset-password': { name: 'Ana Souza', link },
	'email-changed': { name: 'Ana Souza', newEmail: 'ana@city.gov.br' },
	'membership-requested': { organization: 'City of Durban', member: 'Ana Souza', link },
	'membership-approved': { organization: 'City of Durban', link },
	'membership-invited': { organization: 'City of Durban', inviter: 'Ana Souza', link },
	'solution-submitted': { name: 'Ana Souza', title: 'Composting markets in Koidu', link },
	'solution-awaiting-review': {
		title: 'Composting markets in Koidu',
		submitter: 'Ana Souza',
		organization: 'Koidu New Sembehun City Council',
		link
	},
	'solution-changes-requested': {
		name: 'Ana Souza',
		title: 'Composting markets in Koidu',
		comment: 'Please give figures for the results.\nAnd name the funder.',
		link
	},
	'solution-published': { name: 'Ana Souza', title: 'Composting markets in Koidu', link },
	'solution-rejected': {
		name: 'Ana Souza',
		title: 'Composting markets in Koidu',
		reason: 'This is an advertisement, not a solution.',
		link
	},
	'introduction-requested': {
		need: 'Market waste in Koidu',
		requester: 'Ana Souza',
		match: 'Composting markets in Dakar',
		link
	},
	introduction: {
		name: 'Ana Souza',
		need: 'Market waste in Koidu',
		other: 'City of Dakar',
		otherContact: 'Moussa Diop, moussa@dakar.sn',
		about: 'Composting markets in Dakar',
		note: 'You both work on market waste.\nPlease meet.',
		link
	},
	'connection-stage-changed': {
		name: 'Ana Souza',
		need: 'Market waste in Koidu',
		match: 'City of Dakar',
		stage: 'in-dialogue',
		note: '',
		link
	},
	notification: {
		name: 'Ana Souza',
		kind: 'discussion.reply',
		actor: 'Moussa Diop',
		title: 'Market composting in the rainy season',
		excerpt: 'We cover the piles with palm leaves.\nIt keeps them dry.',
		cluster: 'Waste management',
		link: 'https://galaxy.example.org/notifications/12',
		settingsLink: 'https://galaxy.example.org/account/notifications',
		unsubscribeLink: 'https://galaxy.example.org/unsubscribe?token=abc'
	},
	'notification-digest': {
		name: 'Ana Souza',
		frequency: 'daily',
		total: 3,
		sections: [
			{
				cluster: 'Waste management',
				kind: 'discussion.reply',
				items: [
					{
						actor: 'Moussa Diop',
						title: 'Market composting in the rainy season',
						excerpt: 'We cover the heaps with palm leaves from June to September.',
						link: 'https://galaxy.example.org/notifications/12'
					},
					{
						actor: '',
						title: 'Sorting at source',
						excerpt: '',
						link: 'https://galaxy.example.org/notifications/9'
					}
				]
			},
			{
				cluster: '',
				kind: 'discussion.mention',
				items: [
					{
						actor: 'Lin Wei',
						title: 'Tariffs for small hydropower',
						excerpt: '@ana-souza the feed-in tariff is reviewed every three years.',
						link: 'https://galaxy.example.org/notifications/8'
					}
				]
			}
		],
		more: 0,
		allLink: 'https://galaxy.example.org/notifications',
		settingsLink: 'https://galaxy.example.org/account/notifications',
		unsubscribeLink: 'https://galaxy.example.org/unsubscribe?token=def'
	},
	'event-registration': {
		name: 'Ana Souza',
		status: 'waitlisted',
		title: 'Composting markets: a webinar',
		when: 'October 18, 2022, 9:00 – 10:30 AM EDT (America/New_York)',
		whenUtc: 'October 18, 2022, 1:00 – 2:30 PM UTC',
		where: 'https://meet.example.org/composting',
		position: 3,
		link: 'https://galaxy.example.org/events/composting-webinar',
		cancelLink: 'https://galaxy.example.org/events/composting-webinar/registration/cancel?token=abc'
	}
};

/** Values a template shows in other words (a kind, a stage) or as a list, checked on their own. */
const NOT_VERBATIM = new Set(['in-dialogue', 'discussion.reply', 'daily', 'waitlisted']);

function render<Name extends EmailTemplate>(
	locale: string,
	template: Name,
	values: EmailTemplateValues[Name]
) {
	return renderEmail(MESSAGES[locale]!, ENGLISH, locale, template, values);
}

describe('renderEmail', () => {
	for (const template of Object.keys(EXAMPLES) as EmailTemplate[]) {
		it(`renders ${template} in English and French, every string translated`, () => {
			const values = EXAMPLES[template];
			const en = render('en', template, values);
			const fr = render('fr', template, values);
			for (const email of [en, fr]) {
				expect(email.subject).not.toMatch(/email\.|\{/);
				expect(email.text).not.toMatch(/email\.\w|\{/);
				expect(email.html).toMatch(/^<!doctype html>/);
				for (const value of Object.values(values)) {
					if (value === link) continue; // checked below, escaped in HTML
					// Stages and kinds are named in words, lists and counts are checked below.
					if (typeof value !== 'string' || NOT_VERBATIM.has(value)) continue;
					expect(email.text).toContain(value);
					expect(email.html).toContain(value);
				}
			}
			expect(fr.subject).not.toBe(en.subject);
			expect(fr.text).not.toBe(en.text);
			expect(fr.html).toContain('<html lang="fr" dir="ltr">');
			expect(fr.text).toContain('L’équipe South-South Galaxy');
		});
	}

	it('says what a notification is about, with its links and an unsubscribe link', () => {
		const values = EXAMPLES.notification;
		const { subject, text, html } = render('en', 'notification', values);
		expect(subject).toBe('Moussa Diop replied in “Market composting in the rainy season”');
		expect(text).toContain(
			'Waste management: Moussa Diop replied in “Market composting in the rainy season”'
		);
		expect(text).toContain(`\n\n${values.link}\n\n`);
		expect(text).toContain(`Choose which emails you receive: ${values.settingsLink}`);
		expect(text).toContain(`Stop emails like this one: ${values.unsubscribeLink}`);
		expect(html).toContain(`<a href="${values.settingsLink}">Choose which emails you receive</a>`);
		expect(html).toContain(`<a href="${values.unsubscribeLink}">Stop emails like this one</a>`);
		expect(render('fr', 'notification', values).subject).toBe(
			'Moussa Diop a répondu dans « Market composting in the rainy season »'
		);
	});

	it('names someone when a notification has no actor, and leaves out an empty cluster', () => {
		const { subject, text } = render('en', 'notification', {
			...EXAMPLES.notification,
			actor: '',
			cluster: '',
			excerpt: ''
		});
		expect(subject).toBe('Someone replied in “Market composting in the rainy season”');
		expect(text).toMatch(
			/^Hello Ana Souza,\n\nSomeone replied in “Market composting[^\n]*”\n\nhttps/
		);
	});

	it('lists a digest by cluster and kind, each item with what was written and its link', () => {
		const values = EXAMPLES['notification-digest'];
		const { subject, text, html } = render('en', 'notification-digest', values);
		expect(subject).toBe('Your daily digest: 3 new notifications');
		expect(text).toContain(
			[
				'Waste management: Replies in threads you follow',
				'- Moussa Diop replied in “Market composting in the rainy season”',
				'  “We cover the heaps with palm leaves from June to September.”',
				'  https://galaxy.example.org/notifications/12',
				'- Someone replied in “Sorting at source”',
				'  https://galaxy.example.org/notifications/9'
			].join('\n')
		);
		expect(text).toContain(
			'Mentions of you\n- Lin Wei mentioned you in “Tariffs for small hydropower”'
		);
		expect(text).toContain(`See all your notifications\n${values.allLink}`);
		expect(text).toContain(`Unsubscribe from all notification emails: ${values.unsubscribeLink}`);
		expect(html).toContain(
			'<li><a href="https://galaxy.example.org/notifications/8">Lin Wei mentioned you in “Tariffs for small hydropower”</a><br>“@ana-souza the feed-in tariff is reviewed every three years.”</li>'
		);
		expect(
			render('en', 'notification-digest', { ...values, frequency: 'weekly', total: 1 }).subject
		).toBe('Your weekly digest: 1 new notification');
	});

	it('counts what a long digest leaves out', () => {
		const { text } = render('en', 'notification-digest', {
			...EXAMPLES['notification-digest'],
			total: 53,
			more: 3
		});
		expect(text).toContain(
			'And 3 more: see all your notifications\nhttps://galaxy.example.org/notifications'
		);
	});

	it('escapes titles and names in notification emails', () => {
		const notification = render('en', 'notification', {
			...EXAMPLES.notification,
			title: hostile,
			actor: '<b>Eve</b>',
			cluster: 'Waste & <i>water</i>'
		});
		const digest = render('en', 'notification-digest', {
			...EXAMPLES['notification-digest'],
			sections: [
				{
					cluster: '<img src=x onerror=alert(1)>',
					kind: 'discussion.thread',
					items: [
						{
							actor: '<b>Eve</b>',
							title: hostile,
							excerpt: '<i>sneaky</i>',
							link: 'https://galaxy.example.org/n/1'
						}
					]
				}
			]
		});
		for (const { html } of [notification, digest]) {
			expect(html).not.toMatch(/<script|<b>|<i>|<img/);
			expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
		}
		expect(notification.html).toContain('Waste &amp; &lt;i&gt;water&lt;/i&gt;');
		expect(notification.subject).toBe(`<b>Eve</b> replied in “${hostile}”`);
	});

	it('refuses an unsubscribe or item link that is not a web address', () => {
		expect(() =>
			render('en', 'notification', {
				...EXAMPLES.notification,
				unsubscribeLink: 'javascript:alert(1)'
			})
		).toThrow(/http\(s\)/);
		expect(() =>
			render('en', 'notification-digest', {
				...EXAMPLES['notification-digest'],
				sections: [
					{
						cluster: '',
						kind: 'discussion.reply',
						items: [{ actor: '', title: 'x', excerpt: '', link: '/n/1' }]
					}
				]
			})
		).toThrow(/http\(s\)/);
	});

	it('names a pipeline stage in words, in the reader’s language', () => {
		const values = EXAMPLES['connection-stage-changed'];
		expect(render('en', 'connection-stage-changed', values).subject).toContain('in dialogue');
		expect(render('fr', 'connection-stage-changed', values).subject).toContain('en dialogue');
	});

	it('puts the link in the text and, escaped, in the HTML', () => {
		const { text, html } = render('fr', 'verify-email', { name: 'Ana', link });
		expect(text).toContain(`\n\n${link}\n\n`);
		expect(html).toContain(`href="${link.replace('&', '&amp;')}"`);
		expect(html).not.toContain(link);
	});

	it('escapes values in the HTML but keeps them readable in the text', () => {
		const email = render('en', 'membership-requested', {
			organization: 'Durban & Co',
			member: hostile,
			link
		});
		expect(email.html).not.toContain('<script>');
		expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
		expect(email.html).toContain('Durban &amp; Co');
		expect(email.text).toContain(hostile);
	});

	it('keeps the subject on one line whatever the values hold', () => {
		const { subject } = render('en', 'membership-approved', {
			organization: 'City of\r\nBcc: someone@evil.example',
			link
		});
		expect(subject).toBe('You are now a member of City of Bcc: someone@evil.example');
	});

	it('greets without a name when there is none', () => {
		expect(render('en', 'reset-password', { name: ' ', link }).text).toMatch(/^Hello,\n/);
	});

	it('writes Arabic right to left', () => {
		expect(render('ar', 'verify-email', { name: 'Ana', link }).html).toContain(
			'<html lang="ar" dir="rtl">'
		);
	});

	it('refuses a link that is not an absolute web address', () => {
		expect(() =>
			render('en', 'verify-email', { name: 'Ana', link: 'javascript:alert(1)' })
		).toThrow(/http\(s\)/);
		expect(() => render('en', 'verify-email', { name: 'Ana', link: '/account/verify' })).toThrow(
			/http\(s\)/
		);
	});

	it('falls back to English for a locale without the keys', () => {
		const email = renderEmail({}, ENGLISH, 'xx', 'verify-email', { name: 'Ana', link });
		expect(email.subject).toBe('Confirm your email address for South-South Galaxy');
	});

	it('renders in every language with a messages file', () => {
		const english = render('en', 'email-changed', EXAMPLES['email-changed']);
		for (const locale of Object.keys(MESSAGES).filter((locale) => locale !== 'en')) {
			const email = render(locale, 'email-changed', EXAMPLES['email-changed']);
			expect(email.text, locale).toContain('ana@city.gov.br');
			expect(email.subject, locale).not.toBe(english.subject);
		}
	});
});
