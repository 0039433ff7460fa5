import { renderMarkdown } from '../content/markdown.ts';
import type { KnowledgeProductRow, loadKnowledgeLinks } from './knowledge.repository.ts';

export interface KnowledgeProductCard {
	slug: string;
	title: string;
	kind: KnowledgeProductRow['kind'];
	summary: string;
	publishedOn: string | null;
	language: string;
	publisher: { slug: string; name: string } | null;
	durationSeconds: number | null;
	/** The cover image on our origin (page one of the PDF, or a still), or null. */
	coverUrl: string | null;
}

export type KnowledgeLinks = Awaited<ReturnType<typeof loadKnowledgeLinks>>;

export interface KnowledgeProductDetail extends KnowledgeProductCard {
	url: string | null;
	/** The description as written (Markdown), and rendered and sanitized for the page. */
	description: string | null;
	descriptionHtml: string | null;
	/** The PDF on our origin, with its name, size in bytes and page count; null when none. */
	fileUrl: string | null;
	fileName: string | null;
	byteSize: number | null;
	pageCount: number | null;
	clusters: KnowledgeLinks['clusters'];
	projects: KnowledgeLinks['projects'];
	solutions: KnowledgeLinks['solutions'];
	/** Events the product is linked to. */
	events: { slug: string; title: string; startsAt: string }[];
	/** Events where it was presented: it is on their agenda. */
	presentedAt: { slug: string; title: string; startsAt: string }[];
	updatedAt: string;
}

/**
 * The part of an upload key that changes with the bytes, for cache-busting addresses and ETags:
 * `knowledge/3/ab12….pdf` → `ab12…`.
 */
export function uploadVersion(key: string): string {
	return key.replace(/^.*\//, '').replace(/\..*$/, '');
}

export function knowledgeFileUrl(slug: string, key: string): string {
	return `/knowledge/${slug}/file?v=${uploadVersion(key).slice(0, 12)}`;
}

export function knowledgeCoverUrl(slug: string, key: string): string {
	return `/knowledge/${slug}/cover?v=${uploadVersion(key).slice(0, 12)}`;
}

export function presentKnowledgeCard(row: KnowledgeProductRow): KnowledgeProductCard {
	return {
		slug: row.slug,
		title: row.title,
		kind: row.kind,
		summary: row.summary,
		publishedOn: row.published_on,
		language: row.language,
		publisher:
			row.publisher_slug && row.publisher_name
				? { slug: row.publisher_slug, name: row.publisher_name }
				: null,
		durationSeconds: row.duration_seconds,
		coverUrl: row.cover_key ? knowledgeCoverUrl(row.slug, row.cover_key) : null
	};
}

const eventLink = ({ slug, title, starts_at }: KnowledgeLinks['events'][number]) => ({
	slug,
	title,
	startsAt: starts_at
});

export function presentKnowledgeDetail(
	row: KnowledgeProductRow,
	links: KnowledgeLinks
): KnowledgeProductDetail {
	return {
		...presentKnowledgeCard(row),
		url: row.url,
		description: row.description,
		descriptionHtml: row.description ? renderMarkdown(row.description) : null,
		fileUrl: row.storage_key ? knowledgeFileUrl(row.slug, row.storage_key) : null,
		fileName: row.storage_key ? row.file_name : null,
		byteSize: row.storage_key ? row.byte_size : null,
		pageCount: row.storage_key ? row.page_count : null,
		clusters: links.clusters,
		projects: links.projects,
		solutions: links.solutions,
		events: links.events.map(eventLink),
		presentedAt: links.presentedAt.map(eventLink),
		updatedAt: row.updated_at
	};
}
