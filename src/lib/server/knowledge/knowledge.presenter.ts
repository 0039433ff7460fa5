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
}

export type KnowledgeLinks = Awaited<ReturnType<typeof loadKnowledgeLinks>>;

export interface KnowledgeProductDetail extends KnowledgeProductCard {
	url: string | null;
	clusters: KnowledgeLinks['clusters'];
	projects: KnowledgeLinks['projects'];
	solutions: KnowledgeLinks['solutions'];
	events: { slug: string; title: string; startsAt: string }[];
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
		durationSeconds: row.duration_seconds
	};
}

export function presentKnowledgeDetail(
	row: KnowledgeProductRow,
	links: KnowledgeLinks
): KnowledgeProductDetail {
	return {
		...presentKnowledgeCard(row),
		url: row.url,
		clusters: links.clusters,
		projects: links.projects,
		solutions: links.solutions,
		events: links.events.map(({ slug, title, starts_at }) => ({ slug, title, startsAt: starts_at }))
	};
}
