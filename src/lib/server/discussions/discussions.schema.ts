import { z } from 'zod';
import type { FormProblem } from '../solutions/solution-editor.schema.ts';

/** Limits of what one writes in a discussion. */
export const TITLE_LENGTH = { min: 3, max: 200 } as const;
export const BODY_LENGTH = { min: 1, max: 20_000 } as const;
export const REASON_LENGTH = { min: 3, max: 1_000 } as const;
export const NOTE_LENGTH = { max: 500 } as const;
export const THREAD_KINDS = ['discussion', 'announcement'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

/** The `[thread]`, `[id]` and post ids of addresses and forms. */
export const recordIdSchema = z.coerce
	.number({ error: 'must be a whole number' })
	.int('must be a whole number')
	.min(1, 'must be 1 or more')
	.max(2_147_483_647, 'is too large');

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** One line: runs of spaces and line breaks become one space. */
const oneLine = (value: unknown): string => text(value).replace(/\s+/g, ' ').trim();

/** Markdown as written, without the blank lines around it. */
const markdown = (value: unknown): string =>
	text(value)
		.replace(/\r\n?/g, '\n')
		.replace(/^\s*\n/, '')
		.trimEnd();

function checkBody(body: string, problems: FormProblem[]): void {
	if (body.trim().length < BODY_LENGTH.min) {
		problems.push({ field: 'body', key: 'discussions.error.bodyRequired' });
	} else if (body.length > BODY_LENGTH.max) {
		problems.push({
			field: 'body',
			key: 'discussions.error.bodyTooLong',
			values: { max: BODY_LENGTH.max }
		});
	}
}

export interface CheckedThread {
	title: string;
	body: string;
	kind: ThreadKind;
}

/** A new thread as typed: its problems per field (message keys), and the cleaned values. */
export function checkThreadInput(input: { title?: unknown; body?: unknown; kind?: unknown }): {
	thread: CheckedThread;
	problems: FormProblem[];
} {
	const problems: FormProblem[] = [];
	const title = oneLine(input.title);
	if (title.length < TITLE_LENGTH.min || title.length > TITLE_LENGTH.max) {
		problems.push({ field: 'title', key: 'discussions.error.titleLength', values: TITLE_LENGTH });
	}
	const body = markdown(input.body);
	checkBody(body, problems);
	const kind = input.kind === undefined || input.kind === '' ? 'discussion' : input.kind;
	if (!THREAD_KINDS.includes(kind as ThreadKind)) {
		problems.push({ field: 'kind', key: 'discussions.error.kind' });
	}
	return { thread: { title, body, kind: kind as ThreadKind }, problems };
}

/** A reply as typed. */
export function checkReplyInput(input: { body?: unknown }): {
	body: string;
	problems: FormProblem[];
} {
	const problems: FormProblem[] = [];
	const body = markdown(input.body);
	checkBody(body, problems);
	return { body, problems };
}

/** Why a post is reported. */
export function checkReportInput(input: { reason?: unknown }): {
	reason: string;
	problems: FormProblem[];
} {
	const reason = oneLine(input.reason);
	const problems: FormProblem[] =
		reason.length < REASON_LENGTH.min || reason.length > REASON_LENGTH.max
			? [{ field: 'reason', key: 'discussions.error.reasonLength', values: REASON_LENGTH }]
			: [];
	return { reason, problems };
}

/** A moderator's optional note on hiding, approving or rejecting a post. */
export function checkModerationNote(input: { note?: unknown }): {
	note: string | null;
	problems: FormProblem[];
} {
	const note = oneLine(input.note);
	const problems: FormProblem[] =
		note.length > NOTE_LENGTH.max
			? [{ field: 'note', key: 'discussions.error.noteLength', values: NOTE_LENGTH }]
			: [];
	return { note: note === '' ? null : note, problems };
}
