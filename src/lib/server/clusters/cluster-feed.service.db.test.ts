import { parseFeed } from '@rowanmanning/feed-parser';
import type { Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import type { Database } from '../db/database.ts';
import { visitor, type Actor } from '../identity/actor.ts';
import { makePerson } from '../solutions/solution-translations.fixtures.ts';
import { buildClusterFeed, FEED_ENTRIES } from './cluster-feed.service.ts';
import { decideMembership, requestMembership } from './cluster-membership.service.ts';
import { addLinkResource } from './cluster-resources.service.ts';
import { clusterId, KOIDU, personOf, writeContext } from './clusters.fixtures.ts';

const ORIGIN = 'https://galaxy.test';
const SLUG = 'disaster-risk-governance';

type Status = 'visible' | 'held' | 'hidden';

async function thread(
	db: Kysely<Database>,
	cluster: number,
	values: { title: string; status: Status; kind?: 'discussion' | 'announcement'; at: string }
): Promise<number> {
	const row = await db
		.insertInto('discussion_threads')
		.values({
			cluster_id: cluster,
			title: values.title,
			kind: values.kind ?? 'discussion',
			status: values.status,
			author_user_id: null,
			pinned: 0,
			locked: 0,
			created_at: values.at,
			last_activity_at: values.at
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

async function post(
	db: Kysely<Database>,
	threadId: number,
	values: { body: string; status: Status; at: string; author?: number }
): Promise<number> {
	const row = await db
		.insertInto('discussion_posts')
		.values({
			thread_id: threadId,
			author_user_id: values.author ?? null,
			body: values.body,
			status: values.status,
			created_at: values.at,
			updated_at: values.at
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

describeOnDialects('cluster feed', 'demo', (db) => {
	let author: Actor & { kind: 'user' };
	let cluster: number;
	const ids: Record<string, number> = {};
	const feed = async (locale = 'en') =>
		parseFeed(await buildClusterFeed({ db: db(), actor: visitor, locale, origin: ORIGIN }, SLUG));

	beforeAll(async () => {
		author = await makePerson(db());
		await db()
			.updateTable('users')
			.set({ display_name: 'Aminata Kamara' })
			.where('id', '=', author.userId)
			.execute();
		cluster = await clusterId(db(), SLUG);
		const other = await clusterId(db(), 'energy');

		ids.thread = await thread(db(), cluster, {
			title: 'Early warning by SMS',
			status: 'visible',
			at: '2026-03-01T09:00:00.000Z'
		});
		ids.opening = await post(db(), ids.thread, {
			body: 'How do you reach people **before** the flood? See [our plan](/solutions).',
			status: 'visible',
			at: '2026-03-01T09:00:00.000Z',
			author: author.userId
		});
		ids.attachment = (
			await db()
				.insertInto('discussion_attachments')
				.values({
					post_id: ids.opening,
					storage_key: 'solutions/1/00000000000000000000000000000000.pdf',
					file_name: 'plan <draft>.pdf',
					media_type: 'application/pdf',
					byte_size: 1200,
					created_at: '2026-03-01T09:00:00.000Z'
				})
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;
		ids.reply = await post(db(), ids.thread, {
			body: 'We use community radios.',
			status: 'visible',
			at: '2026-03-02T10:00:00.000Z'
		});
		await post(db(), ids.thread, {
			body: 'HIDDEN reply about spam',
			status: 'hidden',
			at: '2026-03-03T10:00:00.000Z'
		});
		await post(db(), ids.thread, {
			body: 'HELD reply with links',
			status: 'held',
			at: '2026-03-04T10:00:00.000Z'
		});
		const held = await thread(db(), cluster, {
			title: 'HELD thread',
			status: 'held',
			at: '2026-03-05T10:00:00.000Z'
		});
		await post(db(), held, {
			body: 'HELD opening',
			status: 'visible',
			at: '2026-03-05T10:00:00.000Z'
		});
		const hidden = await thread(db(), cluster, {
			title: 'HIDDEN thread',
			status: 'hidden',
			at: '2026-03-06T10:00:00.000Z'
		});
		await post(db(), hidden, {
			body: 'HIDDEN opening',
			status: 'visible',
			at: '2026-03-06T10:00:00.000Z'
		});
		const elsewhere = await thread(db(), other, {
			title: 'ELSEWHERE thread',
			status: 'visible',
			at: '2026-03-07T10:00:00.000Z'
		});
		await post(db(), elsewhere, {
			body: 'Other cluster',
			status: 'visible',
			at: '2026-03-07T10:00:00.000Z'
		});
		ids.announcement = await thread(db(), cluster, {
			title: 'Webinar on 12 March & <after>',
			status: 'visible',
			kind: 'announcement',
			at: '2026-03-08T10:00:00.000Z'
		});
		await post(db(), ids.announcement, {
			body: 'Join us.',
			status: 'visible',
			at: '2026-03-08T10:00:00.000Z'
		});

		const coordinator = await personOf(db(), 'unossc', 'editor');
		const koiduEditor = await personOf(db(), KOIDU, 'editor');
		await requestMembership(
			{ ...writeContext(db(), koiduEditor), now: new Date('2026-03-09T08:00:00.000Z') },
			SLUG,
			{ organization: KOIDU, statement: 'Koidu floods every rainy season.' }
		);
		await decideMembership(
			{ ...writeContext(db(), coordinator), now: new Date('2026-03-10T08:00:00.000Z') },
			SLUG,
			{ organization: KOIDU, decision: 'approve' }
		);
		ids.resource = (
			await addLinkResource(
				{ ...writeContext(db(), coordinator), now: new Date('2026-03-11T08:00:00.000Z') },
				SLUG,
				{ title: 'Sendai Framework', url: 'https://www.undrr.org/implementing-sendai-framework' }
			)
		).id;
	});

	it('is a valid Atom feed of the cluster, updated with its newest entry', async () => {
		const xml = await buildClusterFeed(
			{ db: db(), actor: visitor, locale: 'en', origin: ORIGIN },
			SLUG
		);
		expect(xml).toMatch(
			/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/
		);
		const parsed = parseFeed(xml);
		expect(parsed.meta.type).toBe('atom');
		expect(parsed.title).toBe('Disaster Risk Governance Cities Cluster · South-South Galaxy');
		expect(parsed.url).toBe(`${ORIGIN}/clusters/${SLUG}`);
		expect(parsed.self).toBe(`${ORIGIN}/clusters/${SLUG}/feed.atom`);
		expect(parsed.updated?.toISOString()).toBe('2026-03-11T08:00:00.000Z');
		expect(parsed.items.length).toBeLessThanOrEqual(FEED_ENTRIES);
	});

	it('lists new members, resources and visible posts, newest first, with absolute links', async () => {
		const { items } = await feed();
		const titles = items.map((item) => item.title);
		expect(titles.slice(0, 5)).toEqual([
			'New resource: Sendai Framework',
			'Koidu New Sembehun City Council joined the cluster',
			'Announcement: Webinar on 12 March & <after>',
			'Reply in “Early warning by SMS”',
			'New discussion: Early warning by SMS'
		]);
		const dates = items.map((item) => item.updated?.getTime() ?? 0);
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		for (const item of items) expect(item.url, item.title ?? '').toMatch(/^https?:\/\//);
		expect(items[0]?.url).toBe('https://www.undrr.org/implementing-sendai-framework');
		expect(items[1]?.url).toBe(`${ORIGIN}/partners/${KOIDU}`);
		const opening = items[4]!;
		expect(opening.url).toBe(
			`${ORIGIN}/clusters/${SLUG}/discussions/${ids.thread}#post-${ids.opening}`
		);
		expect(opening.authors.map((a) => a.name)).toEqual(['Aminata Kamara']);
		expect(opening.content).toContain('<strong>before</strong>');
		expect(opening.content).toContain(`href="${ORIGIN}/solutions"`);
		expect(opening.content).toContain(
			`href="${ORIGIN}/clusters/${SLUG}/discussions/${ids.thread}/attachments/${ids.attachment}"`
		);
	});

	it('escapes what people typed: names of files and titles read as written', async () => {
		const xml = await buildClusterFeed(
			{ db: db(), actor: visitor, locale: 'en', origin: ORIGIN },
			SLUG
		);
		expect(xml).toContain('plan &lt;draft&gt;.pdf');
		expect(xml).toContain('Announcement: Webinar on 12 March &amp; &lt;after&gt;');
		expect(xml).not.toContain('<after>');
		expect(xml).not.toContain('<draft>');
	});

	it('never shows held or hidden threads and posts, nor other clusters’ discussions', async () => {
		const xml = await buildClusterFeed(
			{ db: db(), actor: visitor, locale: 'en', origin: ORIGIN },
			SLUG
		);
		for (const secret of ['HIDDEN', 'HELD', 'ELSEWHERE', 'Other cluster']) {
			expect(xml).not.toContain(secret);
		}
		const { items } = parseFeed(xml);
		expect(items.filter((item) => item.title?.includes('Early warning'))).toHaveLength(2);
	});

	it('titles entries in the reader’s language', async () => {
		const { items } = await feed('fr');
		expect(items[0]?.title).toBe('Nouvelle ressource : Sendai Framework');
	});

	it('answers 404 for an unknown cluster', async () => {
		await expect(
			buildClusterFeed({ db: db(), actor: visitor, locale: 'en', origin: ORIGIN }, 'nothing')
		).rejects.toMatchObject({ code: 'not_found' });
	});
});
