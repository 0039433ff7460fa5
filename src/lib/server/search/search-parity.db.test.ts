import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { parseQuery } from '../http/query.ts';
import { visitor } from '../identity/actor.ts';
import { solutionSearchQuerySchema } from './search.schema.ts';
import { searchSolutions } from './search.service.ts';

/**
 * SQLite (FTS5) and PostgreSQL (tsvector) must find exactly the same solutions for the same
 * query over the demo corpus. They rank with different functions (BM25 against ts_rank with
 * length normalization; see backends/README.md), so only most of their first ten must agree.
 */
const QUERIES: [query: string, locale: string][] = [
	['water', 'en'],
	['composted', 'en'],
	['waste', 'en'],
	['market waste', 'en'],
	['"market waste"', 'en'],
	['waste -composting', 'en'],
	['housing', 'en'],
	['flood early warning', 'en'],
	['solar', 'en'],
	['transport buses', 'en'],
	['women', 'en'],
	['digital', 'en'],
	['recycling plastics', 'en'],
	['sanitation toilets', 'en'],
	['climate adaptation', 'en'],
	['youth employment', 'en'],
	['health', 'en'],
	['Freetown', 'en'],
	['10,000 masons', 'en'],
	['déchets', 'fr'],
	['eau', 'fr'],
	['agua', 'es'],
	['residuos sólidos', 'es'],
	['ciudades', 'es'],
	['água', 'pt'],
	['resíduos', 'pt'],
	['المياه', 'ar'],
	['垃圾', 'zh'],
	['city -water', 'en'],
	['community', 'en']
];

async function everyMatch(database: TestDatabase, q: string, locale: string) {
	const context = { db: database.db, actor: visitor, locale };
	const first = await searchSolutions(
		context,
		parseQuery(solutionSearchQuerySchema, new URLSearchParams({ q, pageSize: '100' }))
	);
	const slugs = first.data.map((hit) => hit.slug);
	for (let page = 2; (page - 1) * 100 < first.total; page += 1) {
		const next = await searchSolutions(
			context,
			parseQuery(
				solutionSearchQuerySchema,
				new URLSearchParams({ q, pageSize: '100', page: String(page) })
			)
		);
		slugs.push(...next.data.map((hit) => hit.slug));
	}
	return slugs;
}

const dialects = inject('dialects');
const both = dialects.includes('sqlite') && dialects.includes('postgres');
if (!both) {
	console.warn('\n!!! search parity SKIPPED: it needs both SQLite and PostgreSQL !!!\n');
}

describe.runIf(both)('search finds the same solutions on SQLite and PostgreSQL', () => {
	let sqlite: TestDatabase;
	let postgres: TestDatabase;
	beforeAll(async () => {
		[sqlite, postgres] = await Promise.all([
			createTestDatabase('sqlite', 'demo'),
			createTestDatabase('postgres', 'demo')
		]);
	});
	afterAll(async () => {
		await Promise.all([sqlite?.destroy(), postgres?.destroy()]);
	});

	it('uses 30 queries', () => {
		expect(new Set(QUERIES.map(([query]) => query)).size).toBe(30);
	});

	it.each(QUERIES)('%s (%s)', async (query, locale) => {
		const [onSqlite, onPostgres] = await Promise.all([
			everyMatch(sqlite, query, locale),
			everyMatch(postgres, query, locale)
		]);
		expect(onSqlite.length).toBeGreaterThan(0);
		expect([...onPostgres].sort()).toEqual([...onSqlite].sort());
		const topSqlite = onSqlite.slice(0, 10);
		const shared = onPostgres.slice(0, 10).filter((slug) => topSqlite.includes(slug));
		expect(shared.length).toBeGreaterThanOrEqual(Math.min(8, topSqlite.length));
	});
});
