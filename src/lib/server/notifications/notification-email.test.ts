import { describe, expect, it } from 'vitest';
import {
	DIGEST_ITEM_LIMIT,
	digestEmail,
	digestSections,
	notificationEmail
} from './notification-email.ts';
import type { NotificationRow } from './notifications.repository.ts';

const origin = 'https://galaxy.example.org';
const unsubscribeLink = `${origin}/unsubscribe?token=${'a'.repeat(43)}`;

function row(id: number, overrides: Partial<NotificationRow> = {}): NotificationRow {
	return {
		id,
		user_id: 1,
		kind: 'discussion.reply',
		actor_user_id: 2,
		actor_name: 'Moussa',
		cluster_id: 5,
		cluster_name: 'Waste management',
		subject_kind: 'post',
		subject_id: id,
		title: `Thread ${id}`,
		excerpt: null,
		link: '/clusters/waste/discussions/1',
		delivery: 'daily',
		created_at: `2026-03-02T0${id % 10}:00:00.000Z`,
		read_at: null,
		emailed_at: null,
		event_key: null,
		...overrides
	};
}

describe('digestSections', () => {
	it('groups by cluster and kind, the newest section and item first', () => {
		const sections = digestSections(
			[
				row(1),
				row(3, { kind: 'discussion.mention', excerpt: '@ana we compost at the market' }),
				row(2),
				row(4, { cluster_id: null, cluster_name: null, actor_name: null })
			],
			origin
		);
		expect(sections).toEqual([
			{
				cluster: '',
				kind: 'discussion.reply',
				items: [{ actor: '', title: 'Thread 4', excerpt: '', link: `${origin}/notifications/4` }]
			},
			{
				cluster: 'Waste management',
				kind: 'discussion.mention',
				items: [
					{
						actor: 'Moussa',
						title: 'Thread 3',
						excerpt: '@ana we compost at the market',
						link: `${origin}/notifications/3`
					}
				]
			},
			{
				cluster: 'Waste management',
				kind: 'discussion.reply',
				items: [
					{ actor: 'Moussa', title: 'Thread 2', excerpt: '', link: `${origin}/notifications/2` },
					{ actor: 'Moussa', title: 'Thread 1', excerpt: '', link: `${origin}/notifications/1` }
				]
			}
		]);
	});

	it(`lists no more than ${DIGEST_ITEM_LIMIT} items`, () => {
		const rows = Array.from({ length: 60 }, (_, i) => row(i + 1));
		const items = digestSections(rows, origin).flatMap((section) => section.items);
		expect(items).toHaveLength(DIGEST_ITEM_LIMIT);
	});
});

describe('notification emails', () => {
	const recipient = { email: 'ana@city.example', name: 'Ana' };

	it('carry the RFC 8058 one-click headers and the link to the item', () => {
		const email = notificationEmail(
			recipient,
			{
				id: 12,
				kind: 'discussion.mention',
				title: 'Tariffs',
				excerpt: null,
				actor: 'Lin',
				cluster: ''
			},
			{ origin, unsubscribeLink }
		);
		expect(email).toMatchObject({
			to: 'ana@city.example',
			subject: 'Lin mentioned you in “Tariffs”',
			headers: {
				'List-Unsubscribe': `<${unsubscribeLink}>`,
				'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
			}
		});
		expect(email.text).toContain(`${origin}/notifications/12`);
		const digest = digestEmail(recipient, 'weekly', [row(1)], { origin, unsubscribeLink });
		expect(digest.headers).toEqual(email.headers);
	});

	it('cut a subject the mailer would refuse', () => {
		const { subject } = notificationEmail(
			recipient,
			{
				id: 1,
				kind: 'discussion.reply',
				title: 'x'.repeat(300),
				excerpt: null,
				actor: 'Lin',
				cluster: ''
			},
			{ origin, unsubscribeLink }
		);
		expect(subject).toHaveLength(250);
		expect(subject.endsWith('…')).toBe(true);
	});
});
