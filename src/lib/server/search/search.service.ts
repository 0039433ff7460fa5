import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { invalidInput, type FieldProblem } from '../http/errors.ts';
import type { Page } from '../http/query.ts';
import { bitsetOf, fullBitset, members, size, type Bitset } from './bitset.ts';
import { byNewest, catalogFor, type CatalogEntry } from './catalog.ts';
import { applyFacets, SOLUTION_FACETS, type FacetFilters, type FacetName } from './facets.ts';
import { loadOtherHits, loadSolutionHits, type SearchHit, type SolutionHit } from './hits.ts';
import { backendFor } from './index-writer.ts';
import { SEARCH_KINDS, type SearchKind } from './index-document.ts';
import { highlightTokens, parseSearchQuery, type ParsedQuery } from './query-parser.ts';
import { countryNames, referenceValues, taxonomyNames } from './reference-values.ts';
import type { SearchQuery, SolutionSearchQuery } from './search.schema.ts';

export interface FacetValue {
	value: string;
	/** A display name where the data has one (goals, sectors, places); the page names the rest. */
	label: string | null;
	count: number;
	selected: boolean;
}

/** Why a search found nothing, and what would help. */
export interface EmptyExplanation {
	reason: 'no-words' | 'no-text-match' | 'filters';
	/** Filters to remove, each with how many results there would be without it (largest first). */
	removable: { facet: FacetName; total: number }[];
}

export interface SolutionSearchPage extends Page<SolutionHit> {
	sort: 'relevance' | 'newest';
	facets: Record<FacetName, FacetValue[]>;
	empty: EmptyExplanation | null;
}

/**
 * How many of a query's matches are scored for relevance: the most recently indexed ones.
 * Scoring costs microseconds a document (BM25 on FTS5, ts_rank on PostgreSQL); a word found in
 * 20,000 of 100,000 solutions would take 40 ms or more to score in full; 1,000 take 3. Matches beyond this
 * many still count, filter and page, and follow the scored ones newest first. Below the limit
 * (every query on the demo corpus) the ranking is complete.
 */
export const RANKED_MATCHES = 1_000;

interface TextMatch {
	/** The documents matching the text; `null` when the query has no text (everything matches). */
	ids: number[] | null;
	/** Relevance of the (newest `RANKED_MATCHES`) matches, when asked for. */
	scores: Map<number, number> | null;
	/** Documents left out by `-word` clauses. */
	excluded: Set<number> | null;
	noWords: boolean;
	tokens: Set<string>;
}

/** The documents matching the query text, leaving out any that match an excluded clause. */
async function matchText(
	db: Kysely<Database>,
	q: string | undefined,
	language: string,
	ranked: boolean
): Promise<TextMatch> {
	const none = {
		ids: null,
		scores: null,
		excluded: null,
		noWords: false,
		tokens: new Set<string>()
	};
	if (!q) return none;
	const parsed: ParsedQuery = parseSearchQuery(q, language);
	if (parsed.required.length === 0 && parsed.excluded.length === 0) {
		return { ...none, ids: [], noWords: true };
	}
	const backend = backendFor(db);
	const { required } = parsed;
	const [ids, scores, excluded] = await Promise.all([
		required.length > 0 ? backend.matchIds(db, required) : null,
		required.length > 0 && ranked ? backend.rankNewest(db, required, RANKED_MATCHES) : null,
		parsed.excluded.length > 0 ? backend.matchAny(db, parsed.excluded) : null
	]);
	// With only exclusions ("-landfill"), everything matches except what they match.
	return {
		ids: ids && excluded ? ids.filter((id) => !excluded.has(id)) : ids,
		scores,
		excluded,
		noWords: false,
		tokens: highlightTokens(parsed)
	};
}

/** Candidates of some kinds: every live document, or those the text matched. */
async function candidates(
	db: Kysely<Database>,
	kinds: SearchKind[],
	q: string | undefined,
	language: string
) {
	const catalog = await catalogFor(db);
	const match = await matchText(db, q, language, true);
	// Also gives every entry its newest-first rank.
	const newest = kinds.map((kind) => catalog.newest(kind));
	let entries: CatalogEntry[];
	let inNewestOrder = false;
	if (match.ids) {
		entries = [];
		for (const id of match.ids) {
			const entry = catalog.entries.get(id);
			if (entry && kinds.includes(entry.kind)) entries.push(entry);
		}
	} else {
		entries = newest.flat();
		inNewestOrder = kinds.length === 1;
		const { excluded } = match;
		if (excluded) entries = entries.filter((entry) => !excluded.has(entry.documentId));
	}
	return { catalog, entries, inNewestOrder, match };
}

/**
 * The first `count` entries in order, without sorting all of them: a page of 20 out of 50,000
 * matches keeps a sorted buffer of 20 (or of everything before the page, for later pages).
 */
export function firstInOrder<T>(items: T[], count: number, compare: (a: T, b: T) => number): T[] {
	if (count <= 0) return [];
	if (count * 8 >= items.length) return [...items].sort(compare).slice(0, count);
	const buffer: T[] = [];
	for (const item of items) {
		if (buffer.length === count && compare(item, buffer[count - 1]!) >= 0) continue;
		let low = 0;
		let high = buffer.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (compare(item, buffer[middle]!) < 0) high = middle;
			else low = middle + 1;
		}
		buffer.splice(low, 0, item);
		if (buffer.length > count) buffer.pop();
	}
	return buffer;
}

/** One page of entries, by relevance (ties to the newest) or newest first. */
function pageOf(
	entries: CatalogEntry[],
	order: { scores: Map<number, number> | null; newest: boolean; inNewestOrder: boolean },
	start: number,
	size: number
): CatalogEntry[] {
	const { scores, newest, inNewestOrder } = order;
	const end = start + size;
	if ((newest || !scores) && inNewestOrder) return entries.slice(start, end);
	const sameKind = entries.every((entry) => entry.kind === entries[0]?.kind);
	const byDate = sameKind ? (a: CatalogEntry, b: CatalogEntry) => a.rank - b.rank : byNewest;
	const compare =
		newest || !scores
			? byDate
			: (a: CatalogEntry, b: CatalogEntry) =>
					(scores.get(b.documentId) ?? -Infinity) - (scores.get(a.documentId) ?? -Infinity) ||
					byDate(a, b);
	return firstInOrder(entries, end, compare).slice(start, end);
}

function pageProblem(page: number, pageSize: number, total: number): FieldProblem | null {
	const last = Math.max(1, Math.ceil(total / pageSize));
	return page > last
		? { field: 'page', reason: `must be ${last} or less: there are ${total} results` }
		: null;
}

async function checkFacetValues(db: Kysely<Database>, query: SolutionSearchQuery) {
	const reference = await referenceValues(db);
	const problems: FieldProblem[] = [];
	const unknown = (field: string, values: (string | number)[], known: Map<never, string>) => {
		const missing = values.filter((value) => !known.has(value as never));
		if (missing.length > 0) {
			problems.push({
				field,
				reason: `unknown value${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`
			});
		}
	};
	unknown('sector', query.sector, reference.sectors as Map<never, string>);
	unknown('country', query.country, reference.countries as Map<never, string>);
	unknown('region', query.region, reference.regions as Map<never, string>);
	if (problems.length > 0) throw invalidInput(problems);
	return reference;
}

async function facetLabels(db: Kysely<Database>, locale: string) {
	const [reference, names, countries] = await Promise.all([
		referenceValues(db),
		taxonomyNames(db, locale),
		countryNames(db, locale)
	]);
	return (facet: FacetName, value: string): string | null => {
		switch (facet) {
			case 'sdg':
				return names.goals.get(Number(value))?.shortName ?? null;
			case 'sector':
				return names.sectors.get(value)?.name ?? null;
			case 'region':
				return reference.regions.get(Number(value)) ?? null;
			case 'country':
				return countries.get(value) ?? reference.countries.get(value) ?? null;
			default:
				return null;
		}
	};
}

/** Nothing found: no searchable words, or the filters left nothing, or the text matched nothing. */
function emptyReason(
	match: TextMatch,
	filtered: boolean,
	textFound: boolean
): EmptyExplanation['reason'] {
	if (match.noWords) return 'no-words';
	if (filtered && (textFound || !match.ids)) return 'filters';
	return 'no-text-match';
}

const collators = new Map<string, Intl.Collator>();

function collatorFor(locale: string): Intl.Collator {
	let collator = collators.get(locale);
	if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
	return collator;
}

const NUMERIC_FACETS = new Set<FacetName>(['sdg', 'region', 'year']);

/**
 * Searches published solutions: text in any language, facet filters with counts, relevance or
 * newest first, one page of results with highlighted snippets. Unknown facet values and pages
 * past the end are refused with 400 naming the field.
 * @example await searchSolutions({ db, actor, locale: 'en' }, parseQuery(solutionSearchQuerySchema, url.searchParams))
 */
export async function searchSolutions(
	context: ReadContext,
	query: SolutionSearchQuery
): Promise<SolutionSearchPage> {
	const { db, locale } = context;
	await checkFacetValues(db, query);
	const catalog = await catalogFor(db);
	const match = await matchText(db, query.q, locale, query.sort !== 'newest');
	const columns = catalog.columns('solution');
	// Slots are newest-first positions: members of a slot set come out in newest order.
	const count = columns.entries.length;
	let candidates: Bitset;
	let scoreOf: Float64Array | null = null;
	if (match.ids) {
		const found: number[] = [];
		for (const id of match.ids) {
			const slot = columns.slotOf[id] ?? -1;
			if (slot >= 0) found.push(slot);
		}
		candidates = bitsetOf(count, found);
		if (match.scores) {
			// Unscored matches (beyond RANKED_MATCHES) come after every scored one.
			scoreOf = new Float64Array(count).fill(-Infinity);
			for (const [id, score] of match.scores) {
				const slot = columns.slotOf[id] ?? -1;
				if (slot >= 0) scoreOf[slot] = score;
			}
		}
	} else {
		candidates = fullBitset(count);
		const { excluded } = match;
		if (excluded) {
			for (const id of excluded) {
				const slot = columns.slotOf[id] ?? -1;
				if (slot >= 0) candidates[slot >>> 5]! &= ~(1 << (slot & 31));
			}
		}
	}
	const filters: FacetFilters = {
		sdg: query.sdg,
		sector: query.sector,
		region: query.region,
		country: query.country,
		lang: query.lang,
		modality: query.modality,
		provider: query.provider,
		year: query.year
	};
	const { matches, counts, totalWithout } = applyFacets(
		columns,
		candidates,
		filters,
		catalog.dictionary
	);
	const sort = query.sort ?? (match.ids && !match.noWords ? 'relevance' : 'newest');
	const total = size(matches);
	const problem = pageProblem(query.page, query.pageSize, total);
	if (problem) throw invalidInput([problem]);
	const start = (query.page - 1) * query.pageSize;
	const end = start + query.pageSize;
	const relevance = scoreOf;
	const pageSlots =
		sort === 'newest' || !relevance
			? members(matches, end).slice(start)
			: firstInOrder(members(matches), end, (a, b) => relevance[b]! - relevance[a]! || a - b).slice(
					start
				);
	const page = pageSlots.map((slot) => columns.entries[slot]!);
	const [data, label] = await Promise.all([
		loadSolutionHits(context, page, match.tokens),
		facetLabels(db, locale)
	]);
	const collator = collatorFor(locale);
	const facets = Object.fromEntries(
		SOLUTION_FACETS.map((facet) => {
			const selected = new Set(filters[facet].map(String));
			const values = new Map(counts[facet]);
			for (const value of selected) if (!values.has(value)) values.set(value, 0);
			const list = [...values].map(([value, count]) => ({
				value,
				label: label(facet, value),
				count,
				selected: selected.has(value)
			}));
			list.sort((a, b) =>
				NUMERIC_FACETS.has(facet) && facet !== 'region'
					? facet === 'year'
						? Number(b.value) - Number(a.value)
						: Number(a.value) - Number(b.value)
					: b.count - a.count || collator.compare(a.label ?? a.value, b.label ?? b.value)
			);
			return [facet, list];
		})
	) as Record<FacetName, FacetValue[]>;
	let empty: EmptyExplanation | null = null;
	if (total === 0) {
		const removable = SOLUTION_FACETS.filter((facet) => filters[facet].length > 0)
			.map((facet) => ({ facet, total: totalWithout[facet] }))
			.sort((a, b) => b.total - a.total);
		empty = {
			reason: emptyReason(match, removable.length > 0, size(candidates) > 0),
			removable
		};
	}
	return { data, page: query.page, pageSize: query.pageSize, total, sort, facets, empty };
}

export interface SearchPage extends Page<SearchHit> {
	/** Results per kind for the same text, for the type tabs. */
	kinds: { kind: SearchKind; count: number; selected: boolean }[];
	empty: EmptyExplanation | null;
}

/**
 * Searches everything public (solutions, partners, projects, events, clusters, knowledge) by
 * relevance, optionally only some kinds.
 */
export async function searchEverything(
	context: ReadContext,
	query: SearchQuery
): Promise<SearchPage> {
	const { db, locale } = context;
	const { entries, inNewestOrder, match } = await candidates(db, SEARCH_KINDS, query.q, locale);
	const perKind = new Map<SearchKind, number>(SEARCH_KINDS.map((kind) => [kind, 0]));
	for (const entry of entries) perKind.set(entry.kind, perKind.get(entry.kind)! + 1);
	const selected = query.type.length > 0 ? new Set(query.type) : null;
	const matches = selected ? entries.filter((entry) => selected.has(entry.kind)) : entries;
	const total = matches.length;
	const problem = pageProblem(query.page, query.pageSize, total);
	if (problem) throw invalidInput([problem]);
	const start = (query.page - 1) * query.pageSize;
	const page = pageOf(
		matches,
		{ scores: match.scores, newest: false, inNewestOrder },
		start,
		query.pageSize
	);
	return {
		data: await loadOtherHits(context, page, match.tokens),
		page: query.page,
		pageSize: query.pageSize,
		total,
		kinds: SEARCH_KINDS.map((kind) => ({
			kind,
			count: perKind.get(kind)!,
			selected: selected?.has(kind) ?? false
		})),
		empty:
			total > 0
				? null
				: {
						reason: emptyReason(match, selected !== null, entries.length > 0),
						removable: []
					}
	};
}
