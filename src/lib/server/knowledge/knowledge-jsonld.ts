/**
 * schema.org structured data of a knowledge product page: a `VideoObject` for a video, a
 * `Report` for a publication, and a `CreativeWork` (with its genre) for a case study or toolkit.
 * Pure functions over a plain input, so the page can pass its presenter shape plus the document
 * fields it knows.
 */

/** What the structured data is made from; the optional fields appear only when known. */
export interface KnowledgeJsonLdInput {
	slug: string;
	title: string;
	kind: 'video' | 'publication' | 'case-study' | 'toolkit';
	summary: string;
	/** The longer text, when there is one. */
	description?: string | null;
	/** YYYY-MM-DD. */
	publishedOn: string | null;
	language: string;
	publisher: { slug: string; name: string } | null;
	durationSeconds?: number | null;
	/** The product on another site (a video page, the publisher's copy). */
	url?: string | null;
	/** A still image or cover, absolute or a path on this site. */
	thumbnailUrl?: string | null;
	/** The video file itself, and the player to embed, when known. */
	contentUrl?: string | null;
	embedUrl?: string | null;
	/** The uploaded document (a PDF), when there is one. */
	document?: {
		/** Where it is downloaded, absolute or a path on this site. */
		url: string;
		mediaType: string;
		byteSize: number;
		pageCount: number | null;
	} | null;
}

type JsonLd = Record<string, unknown>;

/**
 * A duration in seconds as ISO 8601, as schema.org wants it.
 * @example isoDuration(3723) === 'PT1H2M3S'; isoDuration(60) === 'PT1M'; isoDuration(0) === 'PT0S'
 */
export function isoDuration(totalSeconds: number): string {
	const seconds = Math.max(0, Math.round(totalSeconds));
	const parts = [
		[Math.floor(seconds / 3600), 'H'],
		[Math.floor((seconds % 3600) / 60), 'M'],
		[seconds % 60, 'S']
	] as const;
	const written = parts
		.filter(([value]) => value > 0)
		.map(([value, unit]) => `${value}${unit}`)
		.join('');
	return `PT${written || '0S'}`;
}

/** A size as schema.org's `contentSize` text, in decimal units (`2.4 MB`, `830 kB`). */
export function contentSize(bytes: number): string {
	if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
	if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} kB`;
	return `${bytes} B`;
}

const absolute = (href: string, origin: string) =>
	href.startsWith('/') && !href.startsWith('//') ? `${origin}${href}` : href;

const GENRE = { 'case-study': 'Case study', toolkit: 'Toolkit' } as const;

/** Leaves out what is unknown: JSON.stringify would drop it anyway, tests compare what remains. */
const defined = (data: JsonLd): JsonLd =>
	Object.fromEntries(
		Object.entries(data).filter(([, value]) => value !== undefined && value !== null)
	);

/**
 * The schema.org object of a knowledge product, for JsonLd.svelte; links absolute on `origin`.
 * @example <JsonLd data={knowledgeJsonLd({ ...data.product, document }, data.origin)} />
 */
export function knowledgeJsonLd(product: KnowledgeJsonLdInput, origin: string): JsonLd {
	const common = {
		'@context': 'https://schema.org',
		name: product.title,
		url: `${origin}/knowledge/${product.slug}`,
		inLanguage: product.language,
		publisher: product.publisher
			? {
					'@type': 'Organization',
					name: product.publisher.name,
					url: `${origin}/partners/${product.publisher.slug}`
				}
			: undefined,
		sameAs: product.url ?? undefined,
		thumbnailUrl: product.thumbnailUrl ? absolute(product.thumbnailUrl, origin) : undefined
	};
	if (product.kind === 'video') {
		return defined({
			...common,
			'@type': 'VideoObject',
			description: product.description || product.summary,
			uploadDate: product.publishedOn ?? undefined,
			duration: product.durationSeconds ? isoDuration(product.durationSeconds) : undefined,
			contentUrl: product.contentUrl ?? undefined,
			embedUrl: product.embedUrl ?? undefined
		});
	}
	const document = product.document;
	return defined({
		...common,
		'@type': product.kind === 'publication' ? 'Report' : 'CreativeWork',
		genre: product.kind === 'publication' ? undefined : GENRE[product.kind],
		abstract: product.summary,
		description: product.description || undefined,
		datePublished: product.publishedOn ?? undefined,
		image: product.thumbnailUrl ? absolute(product.thumbnailUrl, origin) : undefined,
		numberOfPages: document?.pageCount ?? undefined,
		encoding: document
			? defined({
					'@type': 'MediaObject',
					contentUrl: absolute(document.url, origin),
					encodingFormat: document.mediaType,
					contentSize: contentSize(document.byteSize),
					numberOfPages: document.pageCount ?? undefined
				})
			: undefined
	});
}
