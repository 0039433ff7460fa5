/**
 * Builds the nested agenda (sections → items → sub-items) from flat rows. Kept apart from the
 * presenter because it is a rule with edge cases: orphans, ordering, and cycles in bad data.
 */
export interface FlatAgendaItem<Speaker> {
	id: number;
	parentId: number | null;
	position: number;
	speakers: Speaker[];
}

export type AgendaNode<Item, Speaker> = Omit<Item, 'id' | 'parentId'> & {
	speakers: Speaker[];
	children: AgendaNode<Item, Speaker>[];
};

export function buildAgendaTree<Speaker, Item extends FlatAgendaItem<Speaker>>(
	items: Item[]
): AgendaNode<Item, Speaker>[] {
	const byParent = new Map<number | null, Item[]>();
	const ids = new Set(items.map((item) => item.id));
	for (const item of items) {
		// An item whose parent is missing is shown at the top rather than lost.
		const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
		byParent.set(parent, [...(byParent.get(parent) ?? []), item]);
	}
	const visited = new Set<number>();
	const build = (parent: number | null): AgendaNode<Item, Speaker>[] =>
		(byParent.get(parent) ?? [])
			.filter((item) => !visited.has(item.id))
			.sort((a, b) => a.position - b.position || a.id - b.id)
			.map((item) => {
				visited.add(item.id);
				const { id, parentId: _parentId, ...rest } = item;
				return { ...rest, children: build(id) };
			});
	return build(null);
}
