import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { SearchKind } from './index-document.ts';

/**
 * What search keeps in memory about every live document: its kind, record, date and facet
 * values. Filters, facet counts, sorting by date and paging run over it in a few milliseconds,
 * even for 100,000 solutions, while the database answers only the text match. Each search first
 * reads `search_state.generation` (one row) and loads the documents written since, so every app
 * server sees every committed change, including other servers' (PostgreSQL).
 */
export interface CatalogEntry {
	documentId: number;
	kind: SearchKind;
	recordId: number;
	language: string;
	publishedAt: string;
	facets: Record<string, (string | number)[]>;
}

export class SearchCatalog {
	generation = -1;
	readonly entries = new Map<number, CatalogEntry>();
	#newest = new Map<SearchKind, CatalogEntry[]>();

	apply(rows: Row[]): void {
		for (const row of rows) {
			if (row.live) {
				this.entries.set(row.id, {
					documentId: row.id,
					kind: row.kind,
					recordId: row.record_id,
					language: row.language,
					publishedAt: row.published_at ?? '',
					facets: JSON.parse(row.facets) as CatalogEntry['facets']
				});
			} else {
				this.entries.delete(row.id);
			}
		}
		if (rows.length > 0) this.#newest.clear();
	}

	/** The live documents of a kind, newest first (ties: the later record first). */
	newest(kind: SearchKind): CatalogEntry[] {
		let list = this.#newest.get(kind);
		if (!list) {
			list = [...this.entries.values()].filter((entry) => entry.kind === kind).sort(byNewest);
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
