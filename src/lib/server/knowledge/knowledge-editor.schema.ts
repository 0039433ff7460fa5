import { z } from 'zod';
import { PLANNED_LOCALES } from '../../i18n/locales.ts';
import { KNOWLEDGE_KINDS, type KnowledgeKind } from '../../vocabulary/knowledge-kinds.ts';
import { clockDuration } from '../../components/knowledge/duration.ts';
import { MAX_MARKDOWN_LENGTH } from '../content/markdown.ts';
import type { UploadedFile } from '../solutions/solution-attachments.schema.ts';

/**
 * The knowledge product form: what people type (strings, lists of slugs), checked into what is
 * stored. Problems are message keys (`knowledgeForm.error.*`), shown in the reader's language.
 */

export const KNOWLEDGE_LANGUAGES = PLANNED_LOCALES;
/** The largest PDF: 25 MB. */
export const MAX_KNOWLEDGE_PDF_BYTES = 25 * 1024 * 1024;
/** The largest cover image: 2 MB. */
export const MAX_KNOWLEDGE_COVER_BYTES = 2 * 1024 * 1024;
/** How many clusters, solutions, projects or events one product may link to. */
export const MAX_KNOWLEDGE_LINKS = 30;

export const KNOWLEDGE_LIMITS = {
	title: { min: 3, max: 200 },
	summary: { min: 10, max: 1000 },
	description: MAX_MARKDOWN_LENGTH,
	url: 2000
} as const;

/** The kinds that come as a document (a PDF), rather than a video. */
export const isDocumentKind = (kind: KnowledgeKind) => kind !== 'video';

const LINK_FIELDS = ['clusters', 'solutions', 'projects', 'events'] as const;
export type KnowledgeLinkField = (typeof LINK_FIELDS)[number];

export interface KnowledgeFormValues {
	title: string;
	kind: string;
	summary: string;
	description: string;
	language: string;
	publishedOn: string;
	publisher: string;
	url: string;
	duration: string;
	clusters: string[];
	solutions: string[];
	projects: string[];
	events: string[];
}

/** What the editor hands the use-case: the typed values and the files chosen, if any. */
export interface KnowledgeEditorInput {
	values: unknown;
	file?: UploadedFile | null;
	cover?: UploadedFile | null;
}

const text = z
	.unknown()
	.optional()
	.transform((value) => (typeof value === 'string' ? value : value == null ? '' : String(value)));
const slugList = z
	.unknown()
	.optional()
	.transform((value) =>
		(Array.isArray(value) ? value : value == null || value === '' ? [] : [value])
			.map((item) => String(item).trim())
			.filter((item) => item !== '')
	);

/** Any input (a form, a JSON body) read as form values; missing fields are empty. */
export const knowledgeFormSchema = z.object({
	title: text,
	kind: text,
	summary: text,
	description: text,
	language: text,
	publishedOn: text,
	publisher: text,
	url: text,
	duration: text,
	clusters: slugList,
	solutions: slugList,
	projects: slugList,
	events: slugList
});

export function emptyKnowledgeValues(): KnowledgeFormValues {
	return knowledgeFormSchema.parse({});
}

/** The form's fields from a posted form: repeated fields (the link lists) as arrays. */
export function knowledgeValuesFromForm(form: FormData): KnowledgeFormValues {
	const raw: Record<string, unknown> = {};
	for (const key of Object.keys(knowledgeFormSchema.shape)) {
		const all = form.getAll(key).filter((value): value is string => typeof value === 'string');
		raw[key] = (LINK_FIELDS as readonly string[]).includes(key) ? all : (all[0] ?? '');
	}
	return knowledgeFormSchema.parse(raw);
}

export interface KnowledgeProblem {
	field: string;
	key: string;
	values?: Record<string, string | number>;
}

export interface CheckedKnowledge {
	title: string;
	kind: KnowledgeKind;
	summary: string;
	description: string | null;
	language: string;
	publishedOn: string | null;
	publisher: string;
	url: string | null;
	durationSeconds: number | null;
	links: Record<KnowledgeLinkField, string[]>;
}

/** "12:30" or "1:02:03" → seconds; null when it is no duration. */
export function parseDuration(value: string): number | null {
	const match = /^(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)$/.exec(value.trim());
	if (!match) return null;
	const [, hours = '0', minutes = '0', seconds = '0'] = match;
	if (match[1] !== undefined && Number(minutes) > 59) return null;
	const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
	return total > 0 ? total : null;
}

/** Seconds → "12:30" or "1:02:03", as the form shows them. */
export function formatDuration(seconds: number | null): string {
	return seconds === null ? '' : clockDuration(seconds);
}

function isCalendarDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isWebAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}

/**
 * Checks the typed values: every problem, one per field, as message keys. Whether the linked
 * records and the publisher exist is the service's question.
 */
export function checkKnowledgeValues(values: KnowledgeFormValues): {
	checked: CheckedKnowledge;
	problems: KnowledgeProblem[];
} {
	const problems: KnowledgeProblem[] = [];
	const title = values.title.replace(/\s+/g, ' ').trim();
	const summary = values.summary.trim();
	const description = values.description.trim();
	const url = values.url.trim();
	const publishedOn = values.publishedOn.trim();
	const duration = values.duration.trim();
	const kind = (KNOWLEDGE_KINDS as readonly string[]).includes(values.kind)
		? (values.kind as KnowledgeKind)
		: null;
	const { title: titleLimit, summary: summaryLimit } = KNOWLEDGE_LIMITS;

	if (title.length < titleLimit.min || title.length > titleLimit.max) {
		problems.push({ field: 'title', key: 'knowledgeForm.error.title', values: titleLimit });
	}
	if (!kind) problems.push({ field: 'kind', key: 'knowledgeForm.error.kind' });
	if (summary.length < summaryLimit.min || summary.length > summaryLimit.max) {
		problems.push({
			field: 'summary',
			key: 'knowledgeForm.error.summaryLength',
			values: summaryLimit
		});
	}
	if (description.length > KNOWLEDGE_LIMITS.description) {
		problems.push({
			field: 'description',
			key: 'knowledgeForm.error.description',
			values: { max: KNOWLEDGE_LIMITS.description }
		});
	}
	if (!(KNOWLEDGE_LANGUAGES as readonly string[]).includes(values.language)) {
		problems.push({ field: 'language', key: 'knowledgeForm.error.language' });
	}
	if (publishedOn !== '' && !isCalendarDate(publishedOn)) {
		problems.push({ field: 'publishedOn', key: 'knowledgeForm.error.publishedOn' });
	}
	if (values.publisher.trim() === '') {
		problems.push({ field: 'publisher', key: 'knowledgeForm.error.publisherRequired' });
	}
	if (url !== '' && (url.length > KNOWLEDGE_LIMITS.url || !isWebAddress(url))) {
		problems.push({ field: 'url', key: 'knowledgeForm.error.url' });
	} else if (url === '' && kind === 'video') {
		problems.push({ field: 'url', key: 'knowledgeForm.error.videoUrl' });
	}
	const durationSeconds = duration === '' ? null : parseDuration(duration);
	if (duration !== '' && durationSeconds === null) {
		problems.push({ field: 'duration', key: 'knowledgeForm.error.duration' });
	}
	const links = {} as Record<KnowledgeLinkField, string[]>;
	for (const field of LINK_FIELDS) {
		links[field] = [...new Set(values[field])];
		if (links[field].length > MAX_KNOWLEDGE_LINKS) {
			problems.push({
				field,
				key: 'knowledgeForm.error.tooManyLinks',
				values: { max: MAX_KNOWLEDGE_LINKS }
			});
		}
	}
	return {
		checked: {
			title,
			kind: kind ?? 'publication',
			summary,
			description: description === '' ? null : description,
			language: values.language,
			publishedOn: publishedOn === '' ? null : publishedOn,
			publisher: values.publisher.trim(),
			url: url === '' ? null : url,
			durationSeconds: kind === 'video' ? durationSeconds : null,
			links
		},
		problems
	};
}

export { LINK_FIELDS as KNOWLEDGE_LINK_FIELDS };
