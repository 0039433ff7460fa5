import type SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { sqliteReader } from '../../db/dialects/sqlite.ts';
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

const matchIdsStatements = new WeakMap<SQLite.Database, SQLite.Statement<[string], number>>();

const rankNewestStatements = new WeakMap<
	SQLite.Database,
	SQLite.Statement<[string, number], [number, number]>
>();

function rankNewestStatement(reader: SQLite.Database) {
	let statement = rankNewestStatements.get(reader);
	if (!statement) {
		statement = reader
			.prepare<[string, number], [number, number]>(
				`SELECT rowid, -bm25(search_fts, ${titleStems}, ${bodyStems}, ${titleWords}, ${bodyWords})
				FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?`
			)
			.raw();
		rankNewestStatements.set(reader, statement);
	}
	return statement;
}

function matchIdsStatement(reader: SQLite.Database): SQLite.Statement<[string], number> {
	let statement = matchIdsStatements.get(reader);
	if (!statement) {
		statement = reader
			.prepare<[string], number>('SELECT rowid FROM search_fts WHERE search_fts MATCH ?')
			.pluck();
		matchIdsStatements.set(reader, statement);
	}
	return statement;
}

export const sqliteFts: SearchBackend = {
	async write(db, documents) {
		if (documents.length === 0) return;
		const ids = documents.map((document) => document.documentId);
		await sql`DELETE FROM search_fts WHERE rowid IN (${sql.join(ids)})`.execute(db);
		const rows = documents.flatMap(({ documentId, tokens }) =>
			tokens
				? [
						sql`(${documentId}, ${tokens.titleStems.join(' ')}, ${tokens.bodyStems.join(' ')},
							${tokens.titleWords.join(' ')}, ${tokens.bodyWords.join(' ')})`
					]
				: []
		);
		if (rows.length === 0) return;
		await sql`INSERT INTO search_fts (rowid, title_stems, body_stems, title_words, body_words)
			VALUES ${sql.join(rows)}`.execute(db);
	},

	async matchIds(db, clauses) {
		const expression = ftsExpression(clauses, 'AND');
		// The hot path: tens of thousands of ids for a common word, as a plain array.
		const reader = sqliteReader(db);
		if (reader) return matchIdsStatement(reader).all(expression);
		const { rows } = await sql<{ id: number }>`
			SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ${expression}`.execute(db);
		return rows.map((row) => row.id);
	},

	async rankNewest(db, clauses, limit) {
		// FTS5 walks the matches in descending rowid order and stops at the limit, so bm25() runs
		// for `limit` documents only.
		const reader = sqliteReader(db);
		if (reader) {
			const rows = rankNewestStatement(reader).all(ftsExpression(clauses, 'AND'), limit);
			return new Map(rows);
		}
		const { rows } = await sql<{ id: number; score: number }>`
			SELECT rowid AS id,
				-bm25(search_fts, ${titleStems}, ${bodyStems}, ${titleWords}, ${bodyWords}) AS score
			FROM search_fts WHERE search_fts MATCH ${ftsExpression(clauses, 'AND')}
			ORDER BY rowid DESC LIMIT ${limit}`.execute(db);
		return new Map(rows.map((row) => [row.id, row.score]));
	},

	async matchAny(db, clauses) {
		const { rows } = await sql<{ id: number }>`
			SELECT rowid AS id FROM search_fts
			WHERE search_fts MATCH ${ftsExpression(clauses, 'OR')}`.execute(db);
		return new Set(rows.map((row) => row.id));
	}
};
