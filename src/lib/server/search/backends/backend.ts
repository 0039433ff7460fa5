import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DocumentTokens } from '../index-document.ts';
import type { QueryClause } from '../query-parser.ts';

/**
 * A full-text index over the analyzer's tokens. Both back-ends match with the same boolean
 * semantics (every required clause; a term matches its stem or its exact form in any of the four
 * token streams; a phrase matches consecutive stems or consecutive words within one stream), so
 * they find exactly the same documents. They rank differently: FTS5 with BM25, PostgreSQL with
 * `ts_rank` (see README.md in this folder).
 */
export interface IndexedTokens {
	documentId: number;
	tokens: DocumentTokens | null;
}

export interface SearchBackend {
	/**
	 * Replaces documents' tokens (`null` takes a document out of the full-text index), in a few
	 * statements for the whole batch.
	 */
	write(db: Kysely<Database>, documents: IndexedTokens[]): Promise<void>;
	/** Every document matching all clauses, without scoring them (cheap). */
	matchIds(db: Kysely<Database>, clauses: QueryClause[]): Promise<number[]>;
	/**
	 * Scores of the `limit` most recently indexed documents (highest ids) matching all clauses:
	 * scoring costs microseconds a document, so a query matching tens of thousands ranks only
	 * the newest of them (see `RANKED_MATCHES`).
	 */
	rankNewest(
		db: Kysely<Database>,
		clauses: QueryClause[],
		limit: number
	): Promise<Map<number, number>>;
	/** Every document matching at least one clause. */
	matchAny(db: Kysely<Database>, clauses: QueryClause[]): Promise<Set<number>>;
}

/**
 * Relative weights of the four streams, used by both rankers: a word in a title counts four
 * times a word in the body; stems and written words weigh the same.
 */
export const STREAM_WEIGHTS = { titleStems: 4, bodyStems: 1, titleWords: 4, bodyWords: 1 };
