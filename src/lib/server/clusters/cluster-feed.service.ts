import { Feed, type Item } from 'feed';
import type { ReadContext } from '../context.ts';
import { renderMarkdown } from '../content/markdown.ts';
import { attachmentHref } from '../discussions/posts.presenter.ts';
import { threadHref } from '../discussions/threads.presenter.ts';
import { forbidden } from '../http/errors.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import { loadCluster } from './cluster-access.ts';
import {
	findAddedResources,
	findAdmittedMembers,
	findPostAttachments,
	findVisiblePosts
} from './cluster-feed.repository.ts';
import { presentResource } from './cluster-resources.presenter.ts';
import { canReadClusters } from './clusters.policy.ts';

/** The most entries a feed holds. */
export const FEED_ENTRIES = 50;

export function clusterFeedPath(slug: string): string {
	return `/clusters/${slug}/feed.atom`;
}

interface Entry extends Item {
	date: Date;
}

/**
 * The feed library declares entry titles as HTML and writes them as they are given: names and
 * titles typed by people are escaped first, so "Floods & <drains>" reads as written.
 */
function entry(title: string, rest: Omit<Entry, 'title'>): Entry {
	return { ...rest, title: escapeHtml(title) };
}

function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Feed readers resolve nothing against the site: links inside posts are made absolute. */
function absoluteLinks(html: string, origin: string): string {
	return html.replace(/(href|src)="\/(?!\/)/g, `$1="${origin}/`);
}

/**
 * A cluster's recent activity as an Atom feed: organizations admitted, resources added, and
 * the visible posts of its discussions (never held or hidden ones), newest first, at most 50,
 * with absolute links on the configured origin. Entry titles are in the reader's language.
 * @example const xml = await buildClusterFeed({ db, actor: visitor, locale: 'en', origin }, 'waste-management')
 */
export async function buildClusterFeed(
	context: ReadContext & { origin: string },
	slug: string
): Promise<string> {
	const { db, actor, locale, origin } = context;
	if (!canReadClusters(actor)) throw forbidden();
	const cluster = await loadCluster(db, slug);
	const t = translatorFor(locale);
	const [members, resources, posts] = await Promise.all([
		findAdmittedMembers(db, cluster.id, FEED_ENTRIES),
		findAddedResources(db, cluster.id, FEED_ENTRIES),
		findVisiblePosts(db, cluster.id, FEED_ENTRIES)
	]);
	const attachments = await findPostAttachments(
		db,
		posts.map((post) => post.id)
	);
	const clusterUrl = `${origin}/clusters/${cluster.slug}`;

	const entries: Entry[] = [
		...members.map((member) =>
			entry(t('clusterFeed.memberJoined', { name: member.name }), {
				id: `${clusterUrl}#member-${member.id}-${Date.parse(member.at)}`,
				link: `${origin}/partners/${member.slug}`,
				date: new Date(member.at)
			})
		),
		...resources.map((row) => {
			const resource = presentResource(cluster.slug, row);
			return entry(t('clusterFeed.resourceAdded', { title: resource.title }), {
				id: `${clusterUrl}#resource-${resource.id}`,
				link: resource.kind === 'file' ? `${origin}${resource.url}` : resource.url,
				date: new Date(resource.addedAt),
				...(resource.description ? { description: resource.description } : {})
			});
		}),
		...posts.map((post) => {
			const opens = post.opens_thread === true || Number(post.opens_thread) === 1;
			const files = attachments.filter((file) => file.post_id === post.id);
			const list = files
				.map(
					(file) =>
						`<li><a href="${origin}${attachmentHref(cluster.slug, post.thread_id, file.id)}">${escapeHtml(file.file_name)}</a></li>`
				)
				.join('');
			const key = !opens
				? 'clusterFeed.reply'
				: post.kind === 'announcement'
					? 'clusterFeed.announcement'
					: 'clusterFeed.threadStarted';
			return entry(t(key, { title: post.title }), {
				id: `${clusterUrl}#post-${post.id}`,
				link: `${origin}${threadHref(cluster.slug, post.thread_id, post.id)}`,
				date: new Date(post.created_at),
				content:
					absoluteLinks(renderMarkdown(post.body), origin) +
					(list ? `<p>${escapeHtml(t('clusterFeed.attachments'))}</p><ul>${list}</ul>` : ''),
				...(post.author ? { author: [{ name: post.author }] } : {})
			});
		})
	]
		.filter((entry) => Number.isFinite(entry.date.getTime()))
		.sort((a, b) => b.date.getTime() - a.date.getTime())
		.slice(0, FEED_ENTRIES);

	const feed = new Feed({
		id: clusterUrl,
		title: t('clusterFeed.title', { name: cluster.name }),
		description: cluster.theme,
		link: clusterUrl,
		language: locale,
		// Atom wants an author for every entry: the cluster speaks for those that have none.
		author: { name: cluster.name, link: clusterUrl },
		updated: entries[0]?.date ?? new Date(cluster.updated_at),
		generator: 'South-South Galaxy',
		feedLinks: { atom: `${origin}${clusterFeedPath(cluster.slug)}` }
	});
	for (const entry of entries) feed.addItem(entry);
	return feed.atom1();
}
