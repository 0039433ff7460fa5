import { z } from 'zod';
import { PLANNED_LOCALES } from '../../i18n/locales.ts';
import { EVENT_KINDS, type EventKind } from '../../vocabulary/event-kinds.ts';
import type { FieldProblem } from '../http/errors.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import {
	checkAgendaRows,
	parsePersonLine,
	rowsToTree,
	type AgendaNodeToSave,
	type AgendaRow,
	type PersonLine
} from './agenda-outline.ts';
import { isTimeZone, localToUtc, type LocalTimeProblem } from './event-times.ts';

/**
 * The event form and the API body of an event write (POST and PATCH: every editable field, a
 * full replace). Everything arrives as text or lists of text, so a form that fails is shown
 * again exactly as typed; {@link checkEventForm} turns it into a checked event or problems per
 * field in the reader's language (`eventForm.error.*` keys).
 *
 * Fields: `title`, `kind`, `summary`, `description`, `objectives` (one per line, or a list),
 * `starts` and `ends` (local wall time `2026-03-08T09:30` in `timeZone`), `onlineUrl`, `venue`,
 * `capacity`, `organizers` and `coHosts` (organization slugs), `moderator` (`Name; title;
 * organization`), `languages` and `interpreted` (language codes), `clusters`, `projects`
 * (slugs), `agenda` (rows: `level`, `title`, `kind`, `speakers`, `link`).
 */

/** Languages an event can be held or interpreted in: the platform's languages. */
export const EVENT_LANGUAGES = PLANNED_LOCALES;

export const EVENT_LIMITS = {
	title: { min: 5, max: 200 },
	summary: 500,
	description: 20_000,
	objectives: 20,
	line: 500,
	venue: 300,
	url: 500,
	capacity: 100_000,
	hosts: 10,
	clusters: 20,
	projects: 30,
	/** Submitted agenda rows, blank ones included (200 real rows plus the spare ones). */
	submittedRows: 260
} as const;

const text = z
	.union([z.string(), z.number()])
	.transform(String)
	.pipe(z.string().max(40_000, 'eventForm.error.tooLong'))
	.default('');
const list = z.preprocess(
	(value) =>
		value === undefined || value === null || value === ''
			? []
			: Array.isArray(value)
				? value
				: [value],
	z
		.array(
			z
				.union([z.string(), z.number()])
				.transform(String)
				.pipe(z.string().max(200, 'eventForm.error.tooLong'))
		)
		.max(60, 'eventForm.error.tooMany')
);
const lines = z.preprocess(
	(value) => (Array.isArray(value) ? value.map(String).join('\n') : value),
	text
);
const agendaRow = z.object({
	level: z.coerce.number().int().catch(1),
	title: text,
	kind: text,
	speakers: lines,
	link: text
});

export const eventFormSchema = z.object({
	title: text,
	kind: text,
	summary: text,
	description: text,
	objectives: lines,
	starts: text,
	ends: text,
	timeZone: text,
	onlineUrl: text,
	venue: text,
	capacity: text,
	organizers: list,
	coHosts: list,
	moderator: text,
	languages: list,
	interpreted: list,
	clusters: list,
	projects: list,
	agenda: z
		.array(agendaRow)
		.max(EVENT_LIMITS.submittedRows, 'eventForm.error.agenda.tooMany')
		.default([])
});

/** The form as typed: shown again when it fails, filled from the database to edit. */
export type EventFormValues = z.output<typeof eventFormSchema>;

/** An event ready to save: UTC instants, lists cleaned, the agenda as a tree. */
export interface CheckedEvent {
	title: string;
	kind: EventKind;
	summary: string;
	description: string;
	objectives: string[];
	startsAt: string;
	endsAt: string;
	timeZone: string;
	onlineUrl: string | null;
	venue: string | null;
	capacity: number | null;
	organizers: string[];
	coHosts: string[];
	moderator: PersonLine | null;
	/** Spoken languages (interpreted: false) and those offered through interpretation. */
	languages: { code: string; interpreted: boolean }[];
	clusters: string[];
	projects: string[];
	agenda: AgendaNodeToSave[];
}

export type CheckedEventForm =
	{ ok: true; event: CheckedEvent } | { ok: false; problems: FieldProblem[] };

interface Problem {
	field: string;
	key: string;
	values?: Record<string, string | number>;
}

const unique = (values: string[]) =>
	[...new Set(values.map((value) => value.trim()))].filter(Boolean);
const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

function checkTime(
	field: 'starts' | 'ends',
	local: string,
	zone: string,
	problems: Problem[]
): string | null {
	if (local.trim() === '') {
		problems.push({ field, key: 'eventForm.error.required' });
		return null;
	}
	if (!isTimeZone(zone)) return null;
	const result = localToUtc(local, zone);
	if (result.ok) return result.utc;
	problems.push(timeProblem(field, zone, result.problem));
	return null;
}

function timeProblem(field: string, zone: string, problem: LocalTimeProblem): Problem {
	if (problem.kind === 'gap') {
		return {
			field,
			key: 'eventForm.error.timeGap',
			values: { zone, date: problem.date, from: problem.from, to: problem.to }
		};
	}
	return {
		field,
		key: problem.kind === 'zone' ? 'eventForm.error.timeZone' : 'eventForm.error.time'
	};
}

function checkUrl(value: string, problems: Problem[]): string | null {
	const trimmed = value.trim();
	if (trimmed === '') return null;
	let url: URL | undefined;
	try {
		url = new URL(trimmed);
	} catch {
		url = undefined;
	}
	if (!url || !['http:', 'https:'].includes(url.protocol) || trimmed.length > EVENT_LIMITS.url) {
		problems.push({ field: 'onlineUrl', key: 'eventForm.error.url' });
		return null;
	}
	return url.href;
}

function checkCapacity(value: string, problems: Problem[]): number | null {
	const trimmed = value.trim();
	if (trimmed === '') return null;
	const number = Number(trimmed);
	if (!/^\d+$/.test(trimmed) || number < 1 || number > EVENT_LIMITS.capacity) {
		problems.push({
			field: 'capacity',
			key: 'eventForm.error.capacity',
			values: { max: EVENT_LIMITS.capacity }
		});
		return null;
	}
	return number;
}

function checkSlugs(field: string, values: string[], max: number, problems: Problem[]): string[] {
	const slugs = unique(values);
	if (slugs.length > max) problems.push({ field, key: 'eventForm.error.tooMany', values: { max } });
	if (slugs.some((slug) => !SLUG.test(slug)))
		problems.push({ field, key: 'eventForm.error.choice' });
	return slugs;
}

function checkLength(field: string, value: string, max: number, problems: Problem[], min = 0) {
	const length = value.trim().length;
	if (min > 0 && length === 0) problems.push({ field, key: 'eventForm.error.required' });
	else if (length < min) problems.push({ field, key: 'eventForm.error.tooShort', values: { min } });
	else if (length > max) problems.push({ field, key: 'eventForm.error.tooLong', values: { max } });
}

/**
 * Every rule of the event form that needs no database: lengths, kinds, times that exist in the
 * zone and end after they start, an online link or a venue, hosts, languages and the agenda's
 * outline. Organizations, clusters, projects and agenda links are checked against the database
 * by the service.
 */
export function checkEventForm(values: EventFormValues, locale: string): CheckedEventForm {
	const problems: Problem[] = [];
	checkLength('title', values.title, EVENT_LIMITS.title.max, problems, EVENT_LIMITS.title.min);
	if (!(EVENT_KINDS as readonly string[]).includes(values.kind)) {
		problems.push({ field: 'kind', key: 'eventForm.error.choice' });
	}
	checkLength('summary', values.summary, EVENT_LIMITS.summary, problems, 1);
	checkLength('description', values.description, EVENT_LIMITS.description, problems);
	const objectives = values.objectives
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
	if (objectives.length > EVENT_LIMITS.objectives) {
		problems.push({
			field: 'objectives',
			key: 'eventForm.error.tooMany',
			values: { max: EVENT_LIMITS.objectives }
		});
	} else if (objectives.some((line) => line.length > EVENT_LIMITS.line)) {
		problems.push({
			field: 'objectives',
			key: 'eventForm.error.lineTooLong',
			values: { max: EVENT_LIMITS.line }
		});
	}

	const zone = values.timeZone.trim();
	if (zone === '') problems.push({ field: 'timeZone', key: 'eventForm.error.required' });
	else if (!isTimeZone(zone)) problems.push({ field: 'timeZone', key: 'eventForm.error.timeZone' });
	const startsAt = checkTime('starts', values.starts, zone, problems);
	const endsAt = checkTime('ends', values.ends, zone, problems);
	if (startsAt && endsAt && endsAt <= startsAt) {
		problems.push({ field: 'ends', key: 'eventForm.error.endsBeforeStarts' });
	}

	const onlineUrl = checkUrl(values.onlineUrl, problems);
	checkLength('venue', values.venue, EVENT_LIMITS.venue, problems);
	const venue = values.venue.trim() || null;
	if (values.onlineUrl.trim() === '' && venue === null) {
		problems.push({ field: 'onlineUrl', key: 'eventForm.error.where' });
	}
	const capacity = checkCapacity(values.capacity, problems);

	const organizers = checkSlugs('organizers', values.organizers, EVENT_LIMITS.hosts, problems);
	const coHosts = checkSlugs('coHosts', values.coHosts, EVENT_LIMITS.hosts, problems).filter(
		(slug) => !organizers.includes(slug)
	);
	if (organizers.length === 0 && coHosts.length === 0) {
		problems.push({ field: 'organizers', key: 'eventForm.error.host' });
	}

	let moderator: PersonLine | null = null;
	if (values.moderator.trim() !== '') {
		moderator = parsePersonLine(values.moderator.trim());
		if (!moderator) problems.push({ field: 'moderator', key: 'eventForm.error.personLine' });
	}

	const spoken = unique(values.languages);
	const interpreted = unique(values.interpreted).filter((code) => !spoken.includes(code));
	const known = (codes: string[]) =>
		codes.every((code) => (EVENT_LANGUAGES as readonly string[]).includes(code));
	if (!known(spoken)) problems.push({ field: 'languages', key: 'eventForm.error.choice' });
	if (!known(interpreted)) problems.push({ field: 'interpreted', key: 'eventForm.error.choice' });

	const clusters = checkSlugs('clusters', values.clusters, EVENT_LIMITS.clusters, problems);
	const projects = checkSlugs('projects', values.projects, EVENT_LIMITS.projects, problems);

	const rows: AgendaRow[] = values.agenda;
	for (const problem of checkAgendaRows(rows)) {
		problems.push({
			field: problem.field === 'rows' ? 'agenda' : `agenda.${problem.index}.${problem.field}`,
			key: problem.key,
			values: problem.values
		});
	}

	if (problems.length > 0) return { ok: false, problems: localize(locale, problems) };
	return {
		ok: true,
		event: {
			title: values.title.trim(),
			kind: values.kind as EventKind,
			summary: values.summary.trim(),
			description: values.description.trim(),
			objectives,
			startsAt: startsAt!,
			endsAt: endsAt!,
			timeZone: zone,
			onlineUrl,
			venue,
			capacity,
			organizers,
			coHosts,
			moderator,
			languages: [
				...spoken.map((code) => ({ code, interpreted: false })),
				...interpreted.map((code) => ({ code, interpreted: true }))
			],
			clusters,
			projects,
			agenda: rowsToTree(rows)
		}
	};
}

/** Problems in the reader's language; a gap's date is written out in it too. */
function localize(locale: string, problems: Problem[]): FieldProblem[] {
	const t = translatorFor(locale);
	const byField = new Map<string, string>();
	for (const problem of problems) {
		const values = { ...problem.values };
		if (problem.key === 'eventForm.error.timeGap' && typeof values.date === 'string') {
			values.date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
				new Date(`${values.date}T12:00:00Z`)
			);
		}
		if (!byField.has(problem.field)) byField.set(problem.field, t(problem.key, values));
	}
	return [...byField].map(([field, reason]) => ({ field, reason }));
}

/** Reads the event form: repeated checkboxes as lists, agenda rows from `agenda.N.*` fields. */
export function readEventForm(form: FormData): Record<string, unknown> {
	const raw: Record<string, unknown> = {};
	const rows: Record<string, string>[] = [];
	for (const name of new Set(form.keys())) {
		const values = form.getAll(name).filter((value): value is string => typeof value === 'string');
		const row = /^agenda\.(\d{1,3})\.(level|title|kind|speakers|link)$/.exec(name);
		if (row) {
			const index = Number(row[1]);
			if (index < EVENT_LIMITS.submittedRows) {
				rows[index] = { ...rows[index], [row[2]!]: (values[0] ?? '').slice(0, 20_000) };
			}
		} else if (LISTS.has(name)) {
			raw[name] = values.slice(0, 60);
		} else if (!name.startsWith('agenda.') && values[0] !== undefined) {
			raw[name] = values[0].slice(0, 40_000);
		}
	}
	raw.agenda = Array.from(rows, (row) => row ?? {});
	return raw;
}

const LISTS = new Set([
	'organizers',
	'coHosts',
	'languages',
	'interpreted',
	'clusters',
	'projects'
]);

/** The raw input as form values (bad shapes made empty), to show the form again. */
export function toEventFormValues(raw: unknown): EventFormValues {
	const parsed = eventFormSchema.safeParse(raw);
	if (parsed.success) return parsed.data;
	// Keep every field that reads well on its own; a bad one shows empty.
	const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
	const values: Record<string, unknown> = eventFormSchema.parse({});
	for (const [key, schema] of Object.entries(eventFormSchema.shape)) {
		const one = schema.safeParse(record[key]);
		if (one.success) values[key] = one.data;
	}
	return values as EventFormValues;
}

/** Problems of the raw shape (a 50,000-character title, 300 agenda rows), translated. */
export function shapeProblems(raw: unknown, locale: string): FieldProblem[] {
	const parsed = eventFormSchema.safeParse(raw);
	if (parsed.success) return [];
	return localize(
		locale,
		parsed.error.issues.map((issue) => ({
			field: issue.path.length > 0 ? issue.path.join('.') : '(input)',
			key: issue.message.startsWith('eventForm.') ? issue.message : 'eventForm.error.choice',
			values: { max: 'maximum' in issue ? Number(issue.maximum) : 0 }
		}))
	);
}

/** A new event's form: three blank agenda rows. */
export function emptyEventForm(): EventFormValues {
	return {
		...eventFormSchema.parse({}),
		kind: 'webinar',
		timeZone: 'UTC',
		agenda: Array.from({ length: 3 }, () => ({
			level: 1,
			title: '',
			kind: 'section',
			speakers: '',
			link: ''
		}))
	};
}
