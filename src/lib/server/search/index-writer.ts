import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { dialectOf } from '../db/dialects/index.ts';
import type { SearchBackend } from './backends/backend.ts';
import { postgresTsvector } from './backends/postgres-tsvector.ts';
import { sqliteFts } from './backends/sqlite-fts.ts';
import { buildDocuments, recordIds } from './documents.ts';
import {
	documentTokens,
	SEARCH_KINDS,
	type IndexDocument,
	type SearchKind
} from './index-document.ts';

/**
 * Writes to the search index. Every write runs inside the caller's transaction, so a change and
 * its index entry commit together: an edit is searchable as soon as it is saved. Each write
 * raises `search_state.generation`, which tells readers' caches (facets, see `catalog.ts`) what
 * to reload.
 */

type Db = Kysely<Database>;

export function backendFor(db: Db): SearchBackend {
	return dialectOf(db) === 'postgres' ? postgresTsvector : sqliteFts;
}

async function nextGeneration(db: Db): Promise<number> {
	const row = await db
		.updateTable('search_state')
		.set({ generation: sql`generation + 1` })
		.where('id', '=', 1)
		.returning('generation')
		.executeTakeFirstOrThrow();
	return row.generation;
}

async function writeDocuments(db: Db, documents: IndexDocument[], generation: number) {
	if (documents.length === 0) return;
	const rows = await db
		.insertInto('search_documents')
		.values(
			documents.map((document) => ({
				kind: document.kind,
				record_id: document.recordId,
				language: document.language,
				live: document.live ? 1 : 0,
				published_at: document.publishedAt,
				facets: JSON.stringify(document.facets),
				generation
			}))
		)
		.onConflict((conflict) =>
			conflict.columns(['kind', 'record_id']).doUpdateSet((eb) => ({
				language: eb.ref('excluded.language'),
				live: eb.ref('excluded.live'),
				published_at: eb.ref('excluded.published_at'),
				facets: eb.ref('excluded.facets'),
				generation: eb.ref('excluded.generation')
			}))
		)
		.returning(['id', 'record_id'])
		.execute();
	const idOf = new Map(rows.map((row) => [row.record_id, row.id]));
	await backendFor(db).write(
		db,
		documents.map((document) => ({
			documentId: idOf.get(document.recordId)!,
			tokens: document.live ? documentTokens(document) : null
		}))
	);
}

/** Marks documents of records that no longer exist as removed. */
async function removeDocuments(db: Db, kind: SearchKind, ids: number[], generation: number) {
	if (ids.length === 0) return;
	const removed = await db
		.updateTable('search_documents')
		.set({ live: 0, generation })
		.where('kind', '=', kind)
		.where('record_id', 'in', ids)
		.returning('id')
		.execute();
	await backendFor(db).write(
		db,
		removed.map(({ id }) => ({ documentId: id, tokens: null }))
	);
}

/**
 * Brings the search documents of some records up to date: indexed when public, taken out
 * otherwise (also when the record was deleted). Pass the transaction that changed them.
 * @example await db.transaction().execute(async (trx) => { …; await reindex(trx, 'solution', [id]); })
 */
export async function reindex(db: Db, kind: SearchKind, ids: number[]): Promise<void> {
	if (ids.length === 0) return;
	const generation = await nextGeneration(db);
	const documents = await buildDocuments(db, kind, ids);
	await writeDocuments(db, documents, generation);
	const found = new Set(documents.map((document) => document.recordId));
	await removeDocuments(
		db,
		kind,
		ids.filter((id) => !found.has(id)),
		generation
	);
}

/**
 * Brings one solution's search document up to date: indexed when published, removed otherwise.
 * Call it with the transaction that changed the solution, so an edit is searchable immediately.
 */
export function reindexSolution(db: Db, solutionId: number): Promise<void> {
	return reindex(db, 'solution', [solutionId]);
}

const BATCH = 250;

/**
 * Rebuilds every search document from the records (after seeding, bulk loads, or from the CLI),
 * in one transaction; searches keep seeing the old index until it commits.
 */
export async function rebuildSearchIndex(
	db: Db,
	onProgress?: (done: number, total: number) => void
): Promise<{ documents: number }> {
	const rebuild = async (trx: Db) => {
		const generation = await nextGeneration(trx);
		let documents = 0;
		const all = await Promise.all(SEARCH_KINDS.map((kind) => recordIds(trx, kind)));
		const total = all.reduce((sum, ids) => sum + ids.length, 0);
		for (const [index, kind] of SEARCH_KINDS.entries()) {
			const ids = all[index]!;
			for (let start = 0; start < ids.length; start += BATCH) {
				const batch = await buildDocuments(trx, kind, ids.slice(start, start + BATCH));
				await writeDocuments(trx, batch, generation);
				documents += batch.length;
				onProgress?.(documents, total);
			}
			// Documents whose records are gone.
			const stale = await trx
				.selectFrom('search_documents')
				.select('record_id')
				.where('kind', '=', kind)
				.where('live', '=', 1)
				.where('generation', '<', generation)
				.execute();
			await removeDocuments(
				trx,
				kind,
				stale.map((row) => row.record_id),
				generation
			);
		}
		return { documents };
	};
	return db.isTransaction ? rebuild(db) : db.transaction().execute(rebuild);
}
