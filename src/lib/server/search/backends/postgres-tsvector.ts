import { sql } from 'kysely';
import type { DocumentTokens } from '../index-document.ts';
import type { QueryClause } from '../query-parser.ts';
import { STREAM_WEIGHTS, type SearchBackend } from './backend.ts';

/**
 * PostgreSQL: a `tsvector` column on `search_documents` with a GIN index. The vector is written
 * as a literal from the analyzer's tokens, so PostgreSQL's own parser and dictionaries never
 * touch them (the effect of the `simple` configuration, without its re-tokenizing, which would
 * split "1,000"). The four streams get the weights A–D and disjoint position ranges separated by
 * a gap, so a phrase never spans two streams, as in FTS5's columns. Ranked with `ts_rank`.
 */

/** PostgreSQL keeps positions up to 16,383 and at most 256 per lexeme. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 256;

const lexeme = (token: string) => `'${token.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/** The `tsvector` literal of a document: `'compost':3A,9B 'citi':4A …`. */
export function tsvectorLiteral(tokens: DocumentTokens): string {
	const positions = new Map<string, string[]>();
	let position = 1;
	const streams: [string[], string][] = [
		[tokens.titleStems, 'A'],
		[tokens.bodyStems, 'B'],
		[tokens.titleWords, 'C'],
		[tokens.bodyWords, 'D']
	];
	for (const [stream, weight] of streams) {
		for (const token of stream) {
			let list = positions.get(token);
			if (!list) positions.set(token, (list = []));
			if (list.length < MAX_POSITIONS_PER_LEXEME) {
				list.push(`${Math.min(position, MAX_POSITION)}${weight}`);
			}
			position += 1;
		}
		position += 1; // the gap between streams
	}
	return [...positions].map(([token, list]) => `${lexeme(token)}:${list.join(',')}`).join(' ');
}

const phrase = (tokens: string[]) => `(${tokens.map(lexeme).join(' <-> ')})`;

function clauseQuery(clause: QueryClause): string {
	if ('term' in clause) {
		const { stem, exact } = clause.term;
		return stem === exact ? lexeme(stem) : `(${lexeme(stem)} | ${lexeme(exact)})`;
	}
	const { stems, exacts } = clause.phrase;
	const same = stems.join(' ') === exacts.join(' ');
	return same ? phrase(stems) : `(${phrase(stems)} | ${phrase(exacts)})`;
}

/** The `tsquery` literal for all clauses or any of them. */
export function tsqueryLiteral(clauses: QueryClause[], join: '&' | '|'): string {
	return clauses.map(clauseQuery).join(` ${join} `);
}

// ts_rank's weight array is ordered {D, C, B, A}.
const { titleStems, bodyStems, titleWords, bodyWords } = STREAM_WEIGHTS;
const top = Math.max(titleStems, bodyStems, titleWords, bodyWords);
const WEIGHTS = `{${[bodyWords, titleWords, bodyStems, titleStems].map((w) => w / top).join(',')}}`;

/** ts_rank normalization 1: divide by 1 + log(document length), as BM25 favours short documents. */
const NORMALIZATION = 1;

export const postgresTsvector: SearchBackend = {
	async write(db, documents) {
		if (documents.length === 0) return;
		const rows = documents.map(
			({ documentId, tokens }) =>
				sql`(${documentId}::integer, ${tokens ? tsvectorLiteral(tokens) : null}::tsvector)`
		);
		await sql`UPDATE search_documents AS d SET vector = v.vector
			FROM (VALUES ${sql.join(rows)}) AS v (id, vector)
			WHERE d.id = v.id`.execute(db);
	},

	async matchIds(db, clauses) {
		const { rows } = await sql<{ id: number }>`
			SELECT id FROM search_documents
			WHERE vector @@ CAST(${tsqueryLiteral(clauses, '&')} AS tsquery)`.execute(db);
		return rows.map((row) => row.id);
	},

	async rankNewest(db, clauses, limit) {
		// The GIN index finds the matches first (a MATERIALIZED CTE, so the planner cannot walk
		// the primary key backwards testing every row, which is slow for rare words); only the
		// newest `limit` of them are ranked.
		const { rows } = await sql<{ id: number; score: number }>`
			WITH query AS (SELECT CAST(${tsqueryLiteral(clauses, '&')} AS tsquery) AS query),
			matches AS MATERIALIZED (
				SELECT id FROM search_documents, query WHERE vector @@ query.query
			)
			SELECT d.id, ts_rank(${WEIGHTS}::float4[], d.vector, query.query, ${NORMALIZATION}) AS score
			FROM (SELECT id FROM matches ORDER BY id DESC LIMIT ${limit}) AS newest
			JOIN search_documents AS d ON d.id = newest.id, query`.execute(db);
		return new Map(rows.map((row) => [row.id, Number(row.score)]));
	},

	async matchAny(db, clauses) {
		const { rows } = await sql<{ id: number }>`
			SELECT id FROM search_documents
			WHERE vector @@ CAST(${tsqueryLiteral(clauses, '|')} AS tsquery)`.execute(db);
		return new Set(rows.map((row) => row.id));
	}
};
