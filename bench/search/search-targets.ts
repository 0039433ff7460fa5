import type { Kysely } from 'kysely';
import type { Database } from '#lib/server/db/database.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import { visitor } from '#lib/server/identity/actor.ts';
import { solutionSearchQuerySchema } from '#lib/server/search/search.schema.ts';
import { searchSolutions } from '#lib/server/search/search.service.ts';
import { searchParams } from './queries.ts';
import type { ExecuteQuery } from './query-runner.ts';

/** Searches through the service layer, as the route does: parse the query string, then search. */
export function serviceTarget(db: Kysely<Database>): ExecuteQuery {
	return async (query) => {
		const page = await searchSolutions(
			{ db, actor: visitor, locale: query.locale },
			parseQuery(solutionSearchQuerySchema, searchParams(query))
		);
		return page.total;
	};
}

/** Where the HTTP target noticed that the answer is not a search page (no facets). */
export interface HttpTargetNotes {
	answeredWithoutFacets: boolean;
}

/**
 * Searches over HTTP through `GET /api/v1/solutions`, as a visitor whose browser prefers the
 * query's language. Anything but 200 is a failure with the API's message.
 */
export function httpTarget(origin: string, notes: HttpTargetNotes): ExecuteQuery {
	return async (query) => {
		const response = await fetch(`${origin}/api/v1/solutions?${searchParams(query)}`, {
			headers: { 'accept-language': query.locale, accept: 'application/json' }
		});
		const body = await response.text();
		if (response.status !== 200) {
			throw new Error(`HTTP ${response.status}: ${body.slice(0, 300)}`);
		}
		const page = JSON.parse(body) as { total?: unknown; facets?: unknown };
		if (page.facets === undefined) notes.answeredWithoutFacets = true;
		return typeof page.total === 'number' ? page.total : Number.NaN;
	};
}
