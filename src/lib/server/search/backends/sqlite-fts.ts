import { sql } from 'kysely';
import type { QueryClause } from '../query-parser.ts';
import { STREAM_WEIGHTS, type SearchBackend } from './backend.ts';

/**
 * SQLite: the FTS5 table `search_fts` (rowid = `search_documents.id`), contentless, with the
 * `ascii` tokenizer, so the analyzer's tokens are stored exactly as given. Ranked with FTS5's
 * built-in `bm25()`.
 */

// Tokens never hold a double quote (the analyzer keeps letters, marks, digits, "." and ","), but
// quote them FTS5's way regardless: inside "…" every character is literal.
const quoted = (tokens: string[]) => `"${tokens.join(' ').replaceAll('"', '""')}"`;

function clauseExpression(clause: QueryClause): string {
	if ('term' in clause) {
		const { stem, exact } = clause.term;
		return stem === exact ? quoted([stem]) : `(${quoted([stem])} OR ${quoted([exact])})`;
	}
	const { stems, exacts } = clause.phrase;
	const same = stems.join(' ') === exacts.join(' ');
	return same ? quoted(stems) : `(${quoted(stems)} OR ${quoted(exacts)})`;
}

/** The FTS5 MATCH expression for all clauses (`all`) or any of them. */
export function ftsExpression(clauses: QueryClause[], join: 'AND' | 'OR'): string {
	return clauses.map(clauseExpression).join(` ${join} `);
}

const { titleStems, bodyStems, titleWords, bodyWords } = STREAM_WEIGHTS;

export const sqliteFts: SearchBackend = {
	async write(db, documentId, tokens) {
		await sql`DELETE FROM search_fts WHERE rowid = ${documentId}`.execute(db);
		if (!tokens) return;
		await sql`INSERT INTO search_fts (rowid, title_stems, body_stems, title_words, body_words)
			VALUES (${documentId}, ${tokens.titleStems.join(' ')}, ${tokens.bodyStems.join(' ')},
				${tokens.titleWords.join(' ')}, ${tokens.bodyWords.join(' ')})`.execute(db);
	},

	async match(db, clauses) {
		const { rows } = await sql<{ id: number; score: number }>`
			SELECT rowid AS id,
				-bm25(search_fts, ${titleStems}, ${bodyStems}, ${titleWords}, ${bodyWords}) AS score
			FROM search_fts WHERE search_fts MATCH ${ftsExpression(clauses, 'AND')}`.execute(db);
		return new Map(rows.map((row) => [row.id, row.score]));
	},

	async matchAny(db, clauses) {
		const { rows } = await sql<{ id: number }>`
			SELECT rowid AS id FROM search_fts
			WHERE search_fts MATCH ${ftsExpression(clauses, 'OR')}`.execute(db);
		return new Set(rows.map((row) => row.id));
	}
};
