import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

// Contract for the search index (implementation in progress in this session).

/**
 * Brings one solution's search document up to date: indexed when published, removed otherwise.
 * Call it with the transaction that changed the solution, so an edit is searchable immediately.
 */
export async function reindexSolution(db: Kysely<Database>, solutionId: number): Promise<void> {
	void db;
	void solutionId;
}

/** Rebuilds every search document from the records (after seeding, bulk loads, or by CLI). */
export async function rebuildSearchIndex(db: Kysely<Database>): Promise<{ documents: number }> {
	void db;
	return { documents: 0 };
}
