import { describe, expect, it } from 'vitest';
import { buildAgendaTree } from './agenda-tree.ts';

const item = (id: number, parentId: number | null, position: number, title = `item ${id}`) => ({
	id,
	parentId,
	position,
	title,
	speakers: [] as string[]
});

describe('buildAgendaTree', () => {
	it('nests items under their parents in position order', () => {
		const tree = buildAgendaTree([
			item(3, 1, 2, 'second child'),
			item(1, null, 1, 'section'),
			item(2, 1, 1, 'first child'),
			item(4, 2, 1, 'grandchild'),
			item(5, null, 2, 'next section')
		]);
		expect(tree.map((node) => node.title)).toEqual(['section', 'next section']);
		expect(tree[0]?.children.map((node) => node.title)).toEqual(['first child', 'second child']);
		expect(tree[0]?.children[0]?.children.map((node) => node.title)).toEqual(['grandchild']);
	});

	it('keeps items whose parent is missing at the top level', () => {
		const tree = buildAgendaTree([item(1, null, 1), item(2, 99, 2)]);
		expect(tree.map((node) => node.title)).toEqual(['item 1', 'item 2']);
	});

	it('does not loop forever on a cycle and shows nothing twice', () => {
		const tree = buildAgendaTree([item(1, 2, 1), item(2, 1, 1), item(3, null, 1)]);
		expect(tree.map((node) => node.title)).toEqual(['item 3']);
	});

	it('drops internal ids from the output', () => {
		const [node] = buildAgendaTree([item(1, null, 1)]);
		expect(node).not.toHaveProperty('id');
		expect(node).not.toHaveProperty('parentId');
	});
});
