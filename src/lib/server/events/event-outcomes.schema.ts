import { z } from 'zod';
import { MAX_MARKDOWN_LENGTH } from '../content/markdown.ts';
import { parseDuration, parseVideoLink } from './video-links.ts';

/**
 * What organizers add after an event: the summary, recordings and documents. Error messages
 * are message keys (`eventOutcomes.error.*`), shown in the reader's language next to the field.
 */

/** The largest still image of a recording: 2 MB. */
export const MAX_STILL_BYTES = 2 * 1024 * 1024;
/** The largest document: 20 MB (the server accepts request bodies up to 26 MB). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const MAX_RECORDINGS_PER_EVENT = 30;
export const MAX_DOCUMENTS_PER_EVENT = 40;
export const MAX_TITLE_LENGTH = 200;

const text = z.string({ error: 'eventOutcomes.error.required' });
const optionalText = z
	.string({ error: 'eventOutcomes.error.required' })
	.optional()
	.transform((value) => value?.replace(/\s+/g, ' ').trim() ?? '');

const tooLong = 'eventOutcomes.error.tooLong';

/** The summary keeps its line breaks (Markdown); only trailing space is dropped. */
export const summarySchema = z.object({
	summary: z
		.string({ error: 'eventOutcomes.error.required' })
		.optional()
		.transform((value) => (value ?? '').replace(/\r\n?/g, '\n').trim())
		.pipe(z.string().max(MAX_MARKDOWN_LENGTH, tooLong))
		.transform((value) => (value === '' ? null : value))
});

/** A language code such as `en`, `fr`, `pt-BR`, `zh-Hans`. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;

export const recordingSchema = z.object({
	language: text
		.trim()
		.min(1, { error: 'eventOutcomes.error.languageRequired', abort: true })
		.regex(LANGUAGE_CODE, 'eventOutcomes.error.language'),
	title: optionalText
		.pipe(z.string().max(MAX_TITLE_LENGTH, tooLong))
		.transform((value) => (value === '' ? null : value)),
	url: text
		.trim()
		.min(1, { error: 'eventOutcomes.error.urlRequired', abort: true })
		.max(2000, { error: tooLong, abort: true })
		.refine((value) => parseVideoLink(value) !== null, 'eventOutcomes.error.url'),
	duration: optionalText
		.refine(
			(value) => value === '' || parseDuration(value) !== null,
			'eventOutcomes.error.duration'
		)
		.transform((value) => (value === '' ? null : parseDuration(value)))
});
export type RecordingInput = z.output<typeof recordingSchema>;

export const documentSchema = z.object({
	title: optionalText.pipe(
		z.string().min(1, 'eventOutcomes.error.titleRequired').max(MAX_TITLE_LENGTH, tooLong)
	)
});

/** The id of a recording or document, from a form's hidden field or an address. */
export const outcomeIdSchema = z.coerce
	.number({ error: 'eventOutcomes.error.id' })
	.int('eventOutcomes.error.id')
	.min(1, 'eventOutcomes.error.id')
	.max(2_147_483_647, 'eventOutcomes.error.id');
