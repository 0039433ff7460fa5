import { describe, expect, it } from 'vitest';
import {
	addRows,
	applyAgendaOperation,
	blankRow,
	checkAgendaRows,
	formatPersonLine,
	indentRow,
	insertRowAfter,
	MAX_AGENDA_ROWS,
	moveRow,
	outdentRow,
	parseAgendaOperation,
	parsePersonLine,
	removeRow,
	rowsToTree,
	treeToRows,
	withSpareRows,
	type AgendaRow
} from './agenda-outline.ts';

/** Rows written as an indented outline: two spaces a level. */
function outline(text: string): AgendaRow[] {
	return text
		.trim()
		.split('\n')
		.map((line) => {
			const indent = line.length - line.trimStart().length;
			const level = indent / 2 + 1;
			return { ...blankRow(level), title: line.trim(), kind: level === 1 ? 'section' : 'item' };
		});
}
/** The same outline back, to compare shapes at a glance. */
const shape = (rows: AgendaRow[]) =>
	rows.map((row) => `${'  '.repeat(row.level - 1)}${row.title || '(blank)'}`).join('\n');

const AGENDA = outline(`
Opening
Pilots
  Cities
    Koidu
    Mexico
  GSSDC
    Nepal
Closing
`);

describe('agenda editor operations', () => {
	it('adds blank rows at the end, at the level of the last row', () => {
		const rows = addRows(AGENDA, 3);
		expect(rows).toHaveLength(AGENDA.length + 3);
		expect(rows.slice(-3).every((row) => row.title === '' && row.level === 1)).toBe(true);
		expect(addRows([], 2)).toEqual([blankRow(1), blankRow(1)]);
	});

	it('never grows past the row limit', () => {
		const many = Array.from({ length: MAX_AGENDA_ROWS + 2 }, () => blankRow());
		expect(addRows(many, 3)).toHaveLength(MAX_AGENDA_ROWS + 2);
	});

	it('inserts a blank row after a row: a first sub-row when it has sub-rows', () => {
		expect(shape(insertRowAfter(AGENDA, 0))).toBe(
			shape(
				outline(`
Opening
(blank)
Pilots
  Cities
    Koidu
    Mexico
  GSSDC
    Nepal
Closing
`)
			)
		);
		const underPilots = insertRowAfter(AGENDA, 1);
		expect(underPilots[2]).toEqual(blankRow(2));
		expect(underPilots[3]!.title).toBe('Cities');
	});

	it('moves a row with its sub-rows among its siblings only', () => {
		expect(shape(moveRow(AGENDA, 5, 'up'))).toBe(
			shape(
				outline(`
Opening
Pilots
  GSSDC
    Nepal
  Cities
    Koidu
    Mexico
Closing
`)
			)
		);
		expect(moveRow(AGENDA, 2, 'down')).toEqual(moveRow(AGENDA, 5, 'up'));
		expect(shape(moveRow(AGENDA, 1, 'down'))).toBe(
			shape(
				outline(`
Opening
Closing
Pilots
  Cities
    Koidu
    Mexico
  GSSDC
    Nepal
`)
			)
		);
		// The first child cannot go up, the last cannot go down: nothing changes.
		expect(moveRow(AGENDA, 2, 'up')).toEqual(AGENDA);
		expect(moveRow(AGENDA, 4, 'down')).toEqual(AGENDA);
		expect(moveRow(AGENDA, 0, 'up')).toEqual(AGENDA);
		expect(moveRow(AGENDA, 7, 'down')).toEqual(AGENDA);
	});

	it('indents a row with its sub-rows under its previous sibling, within three levels', () => {
		expect(shape(indentRow(AGENDA, 7))).toBe(
			shape(
				outline(`
Opening
Pilots
  Cities
    Koidu
    Mexico
  GSSDC
    Nepal
  Closing
`)
			)
		);
		// No previous sibling, or a sub-row would go past level 3: nothing changes.
		expect(indentRow(AGENDA, 0)).toEqual(AGENDA);
		expect(indentRow(AGENDA, 2)).toEqual(AGENDA);
		expect(indentRow(AGENDA, 5)).toEqual(AGENDA);
		expect(indentRow(AGENDA, 4)).toEqual(AGENDA);
	});

	it('outdents a row with its sub-rows; its later siblings become its sub-rows', () => {
		expect(shape(outdentRow(AGENDA, 5))).toBe(
			shape(
				outline(`
Opening
Pilots
  Cities
    Koidu
    Mexico
GSSDC
  Nepal
Closing
`)
			)
		);
		expect(shape(outdentRow(AGENDA, 3))).toBe(
			shape(
				outline(`
Opening
Pilots
  Cities
  Koidu
    Mexico
  GSSDC
    Nepal
Closing
`)
			)
		);
		expect(outdentRow(AGENDA, 0)).toEqual(AGENDA);
	});

	it('removes a row with its sub-rows', () => {
		expect(shape(removeRow(AGENDA, 2))).toBe(
			shape(
				outline(`
Opening
Pilots
  GSSDC
    Nepal
Closing
`)
			)
		);
		expect(removeRow(AGENDA, 99)).toEqual(AGENDA);
	});

	it('reads the buttons: row numbers count from 1', () => {
		expect(parseAgendaOperation('add-rows')).toEqual({ name: 'add-rows' });
		expect(parseAgendaOperation('up:6')).toEqual({ name: 'up', row: 6 });
		for (const bad of ['up:0', 'up:-1', 'sideways:2', 'remove:', 'remove:1x', '']) {
			expect(parseAgendaOperation(bad)).toBeNull();
		}
		expect(applyAgendaOperation(AGENDA, { name: 'up', row: 6 })).toEqual(moveRow(AGENDA, 5, 'up'));
		expect(applyAgendaOperation(AGENDA, { name: 'remove', row: 1 })).toEqual(removeRow(AGENDA, 0));
		expect(applyAgendaOperation(AGENDA, { name: 'add-rows' })).toHaveLength(AGENDA.length + 3);
	});

	it('always shows two spare blank rows', () => {
		expect(withSpareRows(AGENDA).slice(-2)).toEqual([blankRow(1), blankRow(1)]);
		expect(withSpareRows(AGENDA)).toHaveLength(AGENDA.length + 2);
		const padded = withSpareRows(AGENDA);
		expect(withSpareRows(padded)).toHaveLength(padded.length);
		expect(withSpareRows([])).toHaveLength(2);
	});
});

describe('agenda rules', () => {
	it('accepts a well-formed outline and skips blank rows', () => {
		expect(checkAgendaRows([...AGENDA, blankRow(2), blankRow(1)])).toEqual([]);
		expect(checkAgendaRows([blankRow(3), ...AGENDA])).toEqual([]);
	});

	it('wants a section first, and no row more than one level deeper than the one before', () => {
		const rows = [
			{ ...blankRow(2), title: 'Starts deep' },
			{ ...blankRow(1), title: 'Section' },
			{ ...blankRow(3), title: 'Jumps' }
		];
		expect(checkAgendaRows(rows)).toEqual([
			{ index: 0, field: 'level', key: 'eventForm.error.agenda.firstLevel' },
			{ index: 2, field: 'level', key: 'eventForm.error.agenda.tooDeep' }
		]);
		expect(checkAgendaRows([{ ...AGENDA[0]!, level: 4 }])[0]).toMatchObject({ field: 'level' });
	});

	it('wants a title when speakers are given, a known kind, readable speakers and links', () => {
		const rows: AgendaRow[] = [
			{ level: 1, title: '', kind: 'section', speakers: 'Ms. Ada Obi', link: '' },
			{ level: 1, title: 'Talk', kind: 'keynote', speakers: '; no name', link: 'map:x' }
		];
		expect(checkAgendaRows(rows).map((problem) => `${problem.index}.${problem.field}`)).toEqual([
			'0.title',
			'1.kind',
			'1.speakers',
			'1.link'
		]);
	});

	it('allows at most 200 rows', () => {
		const many = Array.from({ length: MAX_AGENDA_ROWS + 1 }, (_, index) => ({
			...blankRow(1),
			title: `Row ${index}`
		}));
		expect(checkAgendaRows(many)).toEqual([
			{ index: 0, field: 'rows', key: 'eventForm.error.agenda.tooMany', values: { max: 200 } }
		]);
		expect(checkAgendaRows(many.slice(1))).toEqual([]);
	});
});

describe('rows and the stored tree', () => {
	it('gives each row its parent and its place among its siblings', () => {
		const tree = rowsToTree([blankRow(1), ...AGENDA, blankRow(1)]);
		expect(tree[0]!.rowIndex).toBe(1);
		expect(tree.map((node) => [node.title, node.parentIndex, node.position])).toEqual([
			['Opening', null, 0],
			['Pilots', null, 1],
			['Cities', 1, 0],
			['Koidu', 2, 0],
			['Mexico', 2, 1],
			['GSSDC', 1, 1],
			['Nepal', 5, 0],
			['Closing', null, 2]
		]);
	});

	it('reads speakers and links', () => {
		const [node] = rowsToTree([
			{
				level: 1,
				title: ' Koidu ',
				kind: 'presentation',
				speakers: 'Mr. Komba Mathew Sam; Mayor; Koidu New Sembehun City Council\n\nAnsu Bangura',
				link: 'project:sstc-koidu'
			}
		]);
		expect(node).toEqual({
			rowIndex: 0,
			parentIndex: null,
			position: 0,
			title: 'Koidu',
			kind: 'presentation',
			speakers: [
				{
					honorific: 'Mr.',
					name: 'Komba Mathew Sam',
					title: 'Mayor',
					organization: 'Koidu New Sembehun City Council'
				},
				{ honorific: null, name: 'Ansu Bangura', title: null, organization: null }
			],
			link: { kind: 'project', slug: 'sstc-koidu' }
		});
	});

	it('turns stored items back into the same rows, depth first', () => {
		const tree = rowsToTree(AGENDA);
		const stored = tree.map((node, index) => ({
			id: 100 - index,
			parentId: node.parentIndex === null ? null : 100 - node.parentIndex,
			position: node.position,
			title: node.title,
			kind: node.kind,
			speakers: node.speakers,
			link: ''
		}));
		// The database may return them in any order.
		expect(treeToRows([...stored].reverse())).toEqual(AGENDA);
	});

	it('shows orphans at the top and flattens levels beyond three', () => {
		const item = (id: number, parentId: number | null, title: string) => ({
			id,
			parentId,
			position: 0,
			title,
			kind: 'item',
			speakers: [],
			link: ''
		});
		const rows = treeToRows([
			item(1, null, 'A'),
			item(2, 1, 'B'),
			item(3, 2, 'C'),
			item(4, 3, 'D'),
			item(5, 99, 'Orphan')
		]);
		expect(rows.map((row) => [row.title, row.level])).toEqual([
			['A', 1],
			['B', 2],
			['C', 3],
			['D', 3],
			['Orphan', 1]
		]);
	});
});

describe('person lines', () => {
	it('reads an honorific, a name, a title and an organization', () => {
		expect(parsePersonLine('H.E. Xiaojun Grace Wang; Deputy Director; UNOSSC')).toEqual({
			honorific: 'H.E.',
			name: 'Xiaojun Grace Wang',
			title: 'Deputy Director',
			organization: 'UNOSSC'
		});
		expect(parsePersonLine('Ms Yi Zhang;; CICETE')).toEqual({
			honorific: 'Ms',
			name: 'Yi Zhang',
			title: null,
			organization: 'CICETE'
		});
		// A name that merely starts like an honorific keeps it.
		expect(parsePersonLine('Mrsha Ade')?.name).toBe('Mrsha Ade');
	});

	it('refuses a line without a name or with too many parts', () => {
		expect(parsePersonLine('Dr.')).toBeNull();
		expect(parsePersonLine('; Director; UNOSSC')).toBeNull();
		expect(parsePersonLine('A; B; C; D')).toBeNull();
	});

	it('writes the line back', () => {
		for (const line of [
			'Ms. Muriel Obon; Programme Specialist; UNOSSC',
			'Ansu Bangura',
			'A; ; C'
		]) {
			expect(formatPersonLine(parsePersonLine(line)!)).toBe(line.replace('; ; ', '; ; '));
		}
		expect(
			formatPersonLine({ honorific: null, name: 'Ada', title: 'Chair', organization: null })
		).toBe('Ada; Chair');
	});
});
