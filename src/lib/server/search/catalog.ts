import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { wordsFor, type Bitset } from './bitset.ts';
import { SOLUTION_FACETS, type FacetName } from './facets.ts';
import type { SearchKind } from './index-document.ts';

/**
 * What search keeps in memory about every live document: its kind, record, date and facet
 * values. Filters, facet counts, sorting by date and paging run over it in a few milliseconds,
 * even for 100,000 solutions, while the database answers only the text match. Each search first
 * reads `search_state.generation` (one row) and loads the documents written since, so every app
 * server sees every committed change, including other servers' (PostgreSQL).
 *
 * Facet values are stored as small integer codes (one dictionary per facet), so filtering and
 * counting are array lookups rather than string comparisons.
 */
export interface CatalogEntry {
	documentId: number;
	kind: SearchKind;
	recordId: number;
	language: string;
	publishedAt: string;
	/** Facet name → values, as indexed. */
	facets: Record<string, (string | number)[]>;
	/** Per facet of `SOLUTION_FACETS` (same order): the codes of its distinct values. */
	codes: number[][];
	/** Position in its kind's newest-first order (0 = newest); set by `newest()`. */
	rank: number;
}

/** Facet value (as text) ↔ code, one dictionary per facet; codes are never reused. */
export class FacetDictionary {
	readonly #codes = SOLUTION_FACETS.map(() => new Map<string, number>());
	readonly #values: string[][] = SOLUTION_FACETS.map(() => []);

	code(facet: number, value: string): number {
		const codes = this.#codes[facet]!;
		let code = codes.get(value);
		if (code === undefined) {
			code = this.#values[facet]!.push(value) - 1;
			codes.set(value, code);
		}
		return code;
	}

	/** The code of a value, or -1 when no document has ever had it. */
	find(facet: number, value: string): number {
		return this.#codes[facet]!.get(value) ?? -1;
	}

	value(facet: number, code: number): string {
		return this.#values[facet]![code]!;
	}

	size(facet: number): number {
		return this.#values[facet]!.length;
	}
}

/**
 * One kind's live documents, newest first: a document's *slot* is its position in that order.
 * Each facet value has the set of slots that have it, as a bitset, so filtering and counting
 * 100,000 documents are a few passes over 3,125 words (see `facets.ts`).
 */
export interface KindColumns {
	entries: CatalogEntry[];
	/** Document id → slot, or -1 (document ids are dense integers, so an array). */
	slotOf: Int32Array;
	/** Per facet (`SOLUTION_FACETS` order), per value code: the slots having it. */
	bitsets: Bitset[][];
}

function slotsByDocument(entries: CatalogEntry[]): Int32Array {
	const highest = entries.reduce((max, entry) => Math.max(max, entry.documentId), 0);
	const slots = new Int32Array(highest + 1).fill(-1);
	entries.forEach((entry, slot) => (slots[entry.documentId] = slot));
	return slots;
}

function buildColumns(entries: CatalogEntry[], dictionary: FacetDictionary): KindColumns {
	const words = wordsFor(entries.length);
	const bitsets = SOLUTION_FACETS.map((_, facet) =>
		Array.from({ length: dictionary.size(facet) }, () => new Uint32Array(words))
	);
	entries.forEach((entry, slot) => {
		const word = slot >>> 5;
		const bit = 1 << (slot & 31);
		entry.codes.forEach((codes, facet) => {
			for (const code of codes) bitsets[facet]![code]![word]! |= bit;
		});
	});
	return {
		entries,
		slotOf: slotsByDocument(entries),
		bitsets
	};
}

export class SearchCatalog {
	generation = -1;
	readonly entries = new Map<number, CatalogEntry>();
	readonly dictionary = new FacetDictionary();
	#newest = new Map<SearchKind, CatalogEntry[]>();
	#columns = new Map<SearchKind, KindColumns>();

	apply(rows: Row[]): void {
		for (const row of rows) {
			if (!row.live) {
				this.entries.delete(row.id);
				continue;
			}
			const facets = JSON.parse(row.facets) as CatalogEntry['facets'];
			this.entries.set(row.id, {
				documentId: row.id,
				kind: row.kind,
				recordId: row.record_id,
				language: row.language,
				publishedAt: row.published_at ?? '',
				facets,
				codes: SOLUTION_FACETS.map((facet: FacetName, index) => [
					...new Set(
						(facets[facet] ?? []).map((value) => this.dictionary.code(index, String(value)))
					)
				]),
				rank: 0
			});
		}
		if (rows.length > 0) {
			this.#newest.clear();
			this.#columns.clear();
		}
	}

	/** A kind's documents as columns (rebuilt on the first search after a change). */
	columns(kind: SearchKind): KindColumns {
		let columns = this.#columns.get(kind);
		if (!columns) {
			columns = buildColumns(this.newest(kind), this.dictionary);
			this.#columns.set(kind, columns);
		}
		return columns;
	}

	/** The live documents of a kind, newest first (ties: the later record first). */
	newest(kind: SearchKind): CatalogEntry[] {
		let list = this.#newest.get(kind);
		if (!list) {
			list = [...this.entries.values()].filter((entry) => entry.kind === kind).sort(byNewest);
			list.forEach((entry, index) => (entry.rank = index));
			this.#newest.set(kind, list);
		}
		return list;
	}
}

export function byNewest(a: CatalogEntry, b: CatalogEntry): number {
	if (a.publishedAt !== b.publishedAt) return a.publishedAt < b.publishedAt ? 1 : -1;
	return b.recordId - a.recordId;
}

interface Row {
	id: number;
	kind: SearchKind;
	record_id: number;
	language: string;
	live: number;
	published_at: string | null;
	facets: string;
}

const catalogs = new WeakMap<Kysely<Database>, SearchCatalog>();
const queues = new WeakMap<SearchCatalog, Promise<unknown>>();

async function refresh(db: Kysely<Database>, catalog: SearchCatalog): Promise<void> {
	const state = await db
		.selectFrom('search_state')
		.select('generation')
		.where('id', '=', 1)
		.executeTakeFirstOrThrow();
	if (state.generation === catalog.generation) return;
	const rows = await db
		.selectFrom('search_documents')
		.select(['id', 'kind', 'record_id', 'language', 'live', 'published_at', 'facets'])
		.where('generation', '>', catalog.generation)
		.where('generation', '<=', state.generation)
		.orderBy('generation')
		.execute();
	catalog.apply(rows);
	catalog.generation = state.generation;
}

/**
 * The catalog of a database (one per `Kysely` instance, shared by its requests), brought up to
 * date with everything committed before the call. Refreshes run one after another, so an older
 * refresh can never overwrite a newer one.
 */
export async function catalogFor(db: Kysely<Database>): Promise<SearchCatalog> {
	let catalog = catalogs.get(db);
	if (!catalog) catalogs.set(db, (catalog = new SearchCatalog()));
	const current = catalog;
	const next = (queues.get(current) ?? Promise.resolve())
		.catch(() => undefined)
		.then(() => refresh(db, current));
	queues.set(current, next);
	await next;
	return current;
}
