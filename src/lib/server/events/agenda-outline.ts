/**
 * The agenda as the no-JavaScript editor holds it: an ordered list of rows, each with a level
 * (1 section, 2 item, 3 sub-item). A row's parent is the nearest row above it one level up, so
 * the outline is a tree written flat, like a table of contents. The buttons of the editor
 * (add, insert, move, indent, outdent, remove) are the pure functions below; the server applies
 * one and shows the form again, nothing saved.
 *
 * Row numbers in the editor's operations (`up:3`) and labels ("Move row 3 up") count from 1;
 * the functions take 0-based indexes.
 */

export const AGENDA_KINDS = ['section', 'item', 'presentation', 'video', 'launch'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const MAX_AGENDA_ROWS = 200;
export const MAX_AGENDA_LEVEL = 3;
export const MAX_SPEAKERS_PER_ROW = 20;
/** How many blank rows the editor always shows at the end, and how many "Add rows" adds. */
export const SPARE_ROWS = 2;
export const ADDED_ROWS = 3;

export interface AgendaRow {
	level: number;
	title: string;
	kind: string;
	/** One speaker a line: `Ms. Name; title; organization`. */
	speakers: string;
	/** `''`, `project:slug`, `solution:slug` or `knowledge:slug`. */
	link: string;
}

export const blankRow = (level = 1): AgendaRow => ({
	level,
	title: '',
	kind: level === 1 ? 'section' : 'item',
	speakers: '',
	link: ''
});

/** A row with no title and no speakers is left empty on purpose: it is dropped, not refused. */
export function isBlankRow(row: AgendaRow): boolean {
	return row.title.trim() === '' && row.speakers.trim() === '';
}

/** Where the block of row `index` (the row and its sub-rows) ends: the index after it. */
export function blockEnd(rows: readonly AgendaRow[], index: number): number {
	const level = rows[index]?.level ?? 0;
	let end = index + 1;
	while (end < rows.length && rows[end]!.level > level) end += 1;
	return end;
}

/** The start of the previous sibling's block, or -1 when row `index` is the first child. */
function previousSibling(rows: readonly AgendaRow[], index: number): number {
	const level = rows[index]!.level;
	for (let at = index - 1; at >= 0; at -= 1) {
		if (rows[at]!.level < level) return -1;
		if (rows[at]!.level === level) return at;
	}
	return -1;
}

const valid = (rows: readonly AgendaRow[], index: number) =>
	Number.isInteger(index) && index >= 0 && index < rows.length;

/** `count` blank rows at the end, at the level of the last row (a new section after none). */
export function addRows(rows: readonly AgendaRow[], count = ADDED_ROWS): AgendaRow[] {
	const level = Math.max(1, Math.min(MAX_AGENDA_LEVEL, rows.at(-1)?.level ?? 1));
	const room = Math.max(0, MAX_AGENDA_ROWS + SPARE_ROWS - rows.length);
	return [...rows, ...Array.from({ length: Math.min(count, room) }, () => blankRow(level))];
}

/**
 * A blank row right after row `index`: its first sub-row when it has sub-rows (so they keep
 * their parent), otherwise its next sibling.
 */
export function insertRowAfter(rows: readonly AgendaRow[], index: number): AgendaRow[] {
	if (!valid(rows, index)) return [...rows];
	const row = rows[index]!;
	const next = rows[index + 1];
	const level = next && next.level > row.level ? row.level + 1 : row.level;
	return [...rows.slice(0, index + 1), blankRow(level), ...rows.slice(index + 1)];
}

/** Moves row `index` with its sub-rows before its previous sibling or after its next one. */
export function moveRow(
	rows: readonly AgendaRow[],
	index: number,
	direction: 'up' | 'down'
): AgendaRow[] {
	if (!valid(rows, index)) return [...rows];
	const end = blockEnd(rows, index);
	if (direction === 'up') {
		const before = previousSibling(rows, index);
		if (before < 0) return [...rows];
		return [
			...rows.slice(0, before),
			...rows.slice(index, end),
			...rows.slice(before, index),
			...rows.slice(end)
		];
	}
	const next = rows[end];
	if (!next || next.level !== rows[index]!.level) return [...rows];
	const nextEnd = blockEnd(rows, end);
	return [
		...rows.slice(0, index),
		...rows.slice(end, nextEnd),
		...rows.slice(index, end),
		...rows.slice(nextEnd)
	];
}

/** Row `index` and its sub-rows one level deeper, under their previous sibling. */
export function indentRow(rows: readonly AgendaRow[], index: number): AgendaRow[] {
	if (!valid(rows, index) || previousSibling(rows, index) < 0) return [...rows];
	const end = blockEnd(rows, index);
	if (rows.slice(index, end).some((row) => row.level >= MAX_AGENDA_LEVEL)) return [...rows];
	return rows.map((row, at) => (at >= index && at < end ? { ...row, level: row.level + 1 } : row));
}

/**
 * Row `index` and its sub-rows one level up. Its later siblings keep their level, so they
 * become its sub-rows, as in any outline editor.
 */
export function outdentRow(rows: readonly AgendaRow[], index: number): AgendaRow[] {
	if (!valid(rows, index) || rows[index]!.level <= 1) return [...rows];
	const end = blockEnd(rows, index);
	return rows.map((row, at) => (at >= index && at < end ? { ...row, level: row.level - 1 } : row));
}

/** Removes row `index` and its sub-rows. */
export function removeRow(rows: readonly AgendaRow[], index: number): AgendaRow[] {
	if (!valid(rows, index)) return [...rows];
	return [...rows.slice(0, index), ...rows.slice(blockEnd(rows, index))];
}

export type AgendaOperation =
	| { name: 'add-rows' }
	| { name: 'insert' | 'up' | 'down' | 'indent' | 'outdent' | 'remove'; row: number };

/** Reads a button's `op` value (`add-rows`, `up:3`…); row numbers count from 1. */
export function parseAgendaOperation(value: string): AgendaOperation | null {
	if (value === 'add-rows') return { name: 'add-rows' };
	const match = /^(insert|up|down|indent|outdent|remove):([1-9][0-9]{0,3})$/.exec(value);
	if (!match) return null;
	return { name: match[1] as Exclude<AgendaOperation['name'], 'add-rows'>, row: Number(match[2]) };
}

/** Applies one editor operation. */
export function applyAgendaOperation(
	rows: readonly AgendaRow[],
	operation: AgendaOperation
): AgendaRow[] {
	if (operation.name === 'add-rows') return addRows(rows);
	const index = operation.row - 1;
	switch (operation.name) {
		case 'insert':
			return insertRowAfter(rows, index);
		case 'up':
		case 'down':
			return moveRow(rows, index, operation.name);
		case 'indent':
			return indentRow(rows, index);
		case 'outdent':
			return outdentRow(rows, index);
		case 'remove':
			return removeRow(rows, index);
	}
}

/** The rows as the editor shows them: always {@link SPARE_ROWS} blank rows at the end. */
export function withSpareRows(rows: readonly AgendaRow[], spare = SPARE_ROWS): AgendaRow[] {
	let trailing = 0;
	while (trailing < rows.length && isBlankRow(rows[rows.length - 1 - trailing]!)) trailing += 1;
	const level = rows.findLast((row) => !isBlankRow(row))?.level ?? 1;
	const missing = Math.max(0, spare - trailing);
	return [...rows, ...Array.from({ length: missing }, () => blankRow(Math.min(level, 2)))];
}

/** A problem of one row, by its index in the submitted rows (blank rows keep their place). */
export interface AgendaProblem {
	index: number;
	field: 'level' | 'title' | 'kind' | 'speakers' | 'link' | 'rows';
	/** A message key under `eventForm.error.agenda.*`. */
	key: string;
	values?: Record<string, string | number>;
}

const LINK = /^(project|solution|knowledge):[a-z0-9][a-z0-9-]{0,199}$/;

/**
 * The rules of an outline, on the rows as submitted: blank rows are skipped; the first row is a
 * section (level 1); a row goes at most one level deeper than the row before it; at most
 * {@link MAX_AGENDA_ROWS} rows; each row has a title, a known kind, well-formed speaker lines
 * and link.
 */
export function checkAgendaRows(rows: readonly AgendaRow[]): AgendaProblem[] {
	const problems: AgendaProblem[] = [];
	let previous = 0;
	let count = 0;
	rows.forEach((row, index) => {
		if (isBlankRow(row)) return;
		count += 1;
		if (!Number.isInteger(row.level) || row.level < 1 || row.level > MAX_AGENDA_LEVEL) {
			problems.push({ index, field: 'level', key: 'eventForm.error.agenda.level' });
		} else if (previous === 0 && row.level !== 1) {
			problems.push({ index, field: 'level', key: 'eventForm.error.agenda.firstLevel' });
		} else if (row.level > previous + 1) {
			problems.push({ index, field: 'level', key: 'eventForm.error.agenda.tooDeep' });
		}
		previous = Math.max(1, Math.min(MAX_AGENDA_LEVEL, Math.trunc(row.level) || 1));
		if (row.title.trim() === '') {
			problems.push({ index, field: 'title', key: 'eventForm.error.agenda.title' });
		} else if (row.title.trim().length > 300) {
			problems.push({
				index,
				field: 'title',
				key: 'eventForm.error.tooLong',
				values: { max: 300 }
			});
		}
		if (!(AGENDA_KINDS as readonly string[]).includes(row.kind)) {
			problems.push({ index, field: 'kind', key: 'eventForm.error.agenda.kind' });
		}
		const lines = speakerLines(row.speakers);
		if (lines.length > MAX_SPEAKERS_PER_ROW) {
			problems.push({
				index,
				field: 'speakers',
				key: 'eventForm.error.agenda.speakerCount',
				values: { max: MAX_SPEAKERS_PER_ROW }
			});
		} else if (lines.some((line) => parsePersonLine(line) === null)) {
			problems.push({ index, field: 'speakers', key: 'eventForm.error.personLine' });
		}
		if (row.link !== '' && !LINK.test(row.link)) {
			problems.push({ index, field: 'link', key: 'eventForm.error.agenda.link' });
		}
	});
	if (count > MAX_AGENDA_ROWS) {
		problems.push({
			index: 0,
			field: 'rows',
			key: 'eventForm.error.agenda.tooMany',
			values: { max: MAX_AGENDA_ROWS }
		});
	}
	return problems;
}

/** An agenda item ready to save: its parent by index in the same list, and its place there. */
export interface AgendaNodeToSave {
	/** The row's index in the submitted rows, to name the field of a problem found later. */
	rowIndex: number;
	parentIndex: number | null;
	position: number;
	title: string;
	kind: AgendaKind;
	speakers: PersonLine[];
	link: { kind: 'project' | 'solution' | 'knowledge'; slug: string } | null;
}

/**
 * Checked rows (see {@link checkAgendaRows}) as a tree to save, parents before children. Blank
 * rows are dropped.
 */
export function rowsToTree(rows: readonly AgendaRow[]): AgendaNodeToSave[] {
	const kept = rows
		.map((row, rowIndex) => ({ ...row, rowIndex }))
		.filter((row) => !isBlankRow(row));
	const nodes: AgendaNodeToSave[] = [];
	// The index of the last row seen at each level: the parent of the next row one deeper.
	const lastAt: number[] = [];
	const children = new Map<number | null, number>();
	kept.forEach((row, index) => {
		const level = Math.max(1, Math.min(row.level, lastAt.length + 1, MAX_AGENDA_LEVEL));
		const parentIndex = level === 1 ? null : (lastAt[level - 2] ?? null);
		lastAt.length = level - 1;
		lastAt.push(index);
		const position = children.get(parentIndex) ?? 0;
		children.set(parentIndex, position + 1);
		const separator = row.link.indexOf(':');
		nodes.push({
			rowIndex: row.rowIndex,
			parentIndex,
			position,
			title: row.title.trim(),
			kind: row.kind as AgendaKind,
			speakers: speakerLines(row.speakers)
				.map(parsePersonLine)
				.filter((line): line is PersonLine => line !== null),
			link:
				separator > 0
					? {
							kind: row.link.slice(0, separator) as 'project' | 'solution' | 'knowledge',
							slug: row.link.slice(separator + 1)
						}
					: null
		});
	});
	return nodes;
}

/** An agenda item as stored, for {@link treeToRows}. */
export interface StoredAgendaItem {
	id: number;
	parentId: number | null;
	position: number;
	title: string;
	kind: string;
	speakers: PersonLine[];
	link: string;
}

/**
 * Stored items as editor rows, depth first. Items deeper than the editor's three levels (never
 * written by it) are shown at level 3; items whose parent is missing, at level 1.
 */
export function treeToRows(items: readonly StoredAgendaItem[]): AgendaRow[] {
	const ids = new Set(items.map((item) => item.id));
	const byParent = new Map<number | null, StoredAgendaItem[]>();
	for (const item of items) {
		const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
		byParent.set(parent, [...(byParent.get(parent) ?? []), item]);
	}
	const rows: AgendaRow[] = [];
	const seen = new Set<number>();
	const walk = (parent: number | null, level: number) => {
		const siblings = [...(byParent.get(parent) ?? [])].sort(
			(a, b) => a.position - b.position || a.id - b.id
		);
		for (const item of siblings) {
			if (seen.has(item.id)) continue;
			seen.add(item.id);
			rows.push({
				level: Math.min(level, MAX_AGENDA_LEVEL),
				title: item.title,
				kind: item.kind,
				speakers: item.speakers.map(formatPersonLine).join('\n'),
				link: item.link
			});
			walk(item.id, level + 1);
		}
	};
	walk(null, 1);
	return rows;
}

/** A person as typed on one line: `Ms. Jane Doe; Director; UN-Habitat`. */
export interface PersonLine {
	honorific: string | null;
	name: string;
	title: string | null;
	organization: string | null;
}

const HONORIFICS = [
	'H.E.',
	'Dr.',
	'Prof.',
	'Mr.',
	'Ms.',
	'Mrs.',
	'Mx.',
	'Miss',
	'Dr',
	'Prof',
	'Mr',
	'Ms',
	'Mrs',
	'Mx',
	'Sir',
	'Dame'
];

export function speakerLines(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
}

/**
 * Reads `Name; title; organization` (title and organization optional, an honorific such as
 * "Ms." or "H.E." allowed before the name); null when there is no name or a part is too long.
 * @example parsePersonLine('Ms. Muriel Obon; Programme Specialist; UNOSSC')
 */
export function parsePersonLine(line: string): PersonLine | null {
	const parts = line.split(';').map((part) => part.trim());
	if (parts.length > 3 || parts.some((part) => part.length > 200)) return null;
	const [first = '', title = '', organization = ''] = parts;
	let honorific: string | null = null;
	let name = first;
	for (const candidate of HONORIFICS) {
		if (first.toLowerCase().startsWith(`${candidate.toLowerCase()} `)) {
			honorific = candidate;
			name = first.slice(candidate.length).trim();
			break;
		}
	}
	if (name === '' || HONORIFICS.includes(name)) return null;
	return { honorific, name, title: title || null, organization: organization || null };
}

/** The line a person is edited as; the inverse of {@link parsePersonLine}. */
export function formatPersonLine(person: PersonLine): string {
	const name = person.honorific ? `${person.honorific} ${person.name}` : person.name;
	const parts = [name, person.title ?? '', person.organization ?? ''];
	while (parts.length > 1 && parts.at(-1) === '') parts.pop();
	return parts.join('; ');
}
