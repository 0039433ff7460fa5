import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { invalidInput, type FieldProblem } from '../http/errors.ts';
import type { Page } from '../http/query.ts';
import { loadTaxonomyNames } from '../taxonomy/taxonomy.service.ts';
import { findCountriesByCodes } from '../places/places.repository.ts';
import { byNewest, catalogFor, type CatalogEntry } from './catalog.ts';
import { applyFacets, SOLUTION_FACETS, type FacetFilters, type FacetName } from './facets.ts';
import { loadOtherHits, loadSolutionHits, type SearchHit, type SolutionHit } from './hits.ts';
import { backendFor } from './index-writer.ts';
import { SEARCH_KINDS, type SearchKind } from './index-document.ts';
import { highlightTokens, parseSearchQuery, type ParsedQuery } from './query-parser.ts';
import { referenceValues } from './reference-values.ts';
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

interface TextMatch {
	/** Document id → score; `null` when the query has no text (everything matches). */
	scores: Map<number, number> | null;
	/** Documents left out by `-word` clauses when the query has nothing else. */
	excluded: Set<number> | null;
	noWords: boolean;
	tokens: Set<string>;
}

/** The documents matching the query text, leaving out any that match an excluded clause. */
async function matchText(
	db: Kysely<Database>,
	q: string | undefined,
	language: string
): Promise<TextMatch> {
	if (!q) return { scores: null, excluded: null, noWords: false, tokens: new Set() };
	const parsed: ParsedQuery = parseSearchQuery(q, language);
	if (parsed.required.length === 0 && parsed.excluded.length === 0) {
		return { scores: new Map(), excluded: null, noWords: true, tokens: new Set() };
	}
	const backend = backendFor(db);
	const [scores, excluded] = await Promise.all([
		parsed.required.length > 0 ? backend.match(db, parsed.required) : null,
		parsed.excluded.length > 0 ? backend.matchAny(db, parsed.excluded) : null
	]);
	if (excluded && scores) for (const id of excluded) scores.delete(id);
	// With only exclusions ("-landfill"), everything matches except what they match.
	return {
		scores,
		excluded: scores ? null : excluded,
		noWords: false,
		tokens: highlightTokens(parsed)
	};
}

/** Candidates of one kind: every live document, or those the text matched, with their scores. */
async function candidates(
	db: Kysely<Database>,
	kinds: SearchKind[],
	q: string | undefined,
	language: string
) {
	const catalog = await catalogFor(db);
	const match = await matchText(db, q, language);
	let entries: CatalogEntry[];
	if (match.scores) {
		entries = [];
		for (const id of match.scores.keys()) {
			const entry = catalog.entries.get(id);
			if (entry && kinds.includes(entry.kind)) entries.push(entry);
		}
	} else {
		entries = kinds.flatMap((kind) => catalog.newest(kind));
		const { excluded } = match;
		if (excluded) entries = entries.filter((entry) => !excluded.has(entry.documentId));
	}
	return { entries, match };
}

function sortEntries(entries: CatalogEntry[], scores: Map<number, number> | null, newest: boolean) {
	if (newest || !scores) return entries.sort(byNewest);
	return entries.sort((a, b) => {
		const difference = scores.get(b.documentId)! - scores.get(a.documentId)!;
		return difference !== 0 ? difference : byNewest(a, b);
	});
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

async function facetLabels(db: Kysely<Database>, locale: string, countryCodes: string[]) {
	const [reference, names, countries] = await Promise.all([
		referenceValues(db),
		loadTaxonomyNames(db, locale),
		findCountriesByCodes(db, countryCodes, locale)
	]);
	const countryNames = new Map(countries.map((country) => [country.code, country.name]));
	return (facet: FacetName, value: string): string | null => {
		switch (facet) {
			case 'sdg':
				return names.goals.get(Number(value))?.shortName ?? null;
			case 'sector':
				return names.sectors.get(value)?.name ?? null;
			case 'region':
				return reference.regions.get(Number(value)) ?? null;
			case 'country':
				return countryNames.get(value) ?? reference.countries.get(value) ?? null;
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
	if (filtered && (textFound || !match.scores)) return 'filters';
	return 'no-text-match';
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
	const { entries, match } = await candidates(db, ['solution'], query.q, locale);
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
	const { matches, counts, totalWithout } = applyFacets(entries, filters);
	const sort = query.sort ?? (match.scores && !match.noWords ? 'relevance' : 'newest');
	const total = matches.length;
	const problem = pageProblem(query.page, query.pageSize, total);
	if (problem) throw invalidInput([problem]);
	const start = (query.page - 1) * query.pageSize;
	const page = sortEntries(matches, match.scores, sort === 'newest').slice(
		start,
		start + query.pageSize
	);
	const countryCodes = [...counts.country.keys()];
	const [data, label] = await Promise.all([
		loadSolutionHits(context, page, match.tokens),
		facetLabels(db, locale, countryCodes)
	]);
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
					: b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value, locale)
			);
			return [facet, list];
		})
	) as Record<FacetName, FacetValue[]>;
	let empty: EmptyExplanation | null = null;
	if (total === 0) {
		const removable = SOLUTION_FACETS.filter((facet) => filters[facet].length > 0)
			.map((facet) => ({ facet, total: totalWithout[facet] }))
			.sort((a, b) => b.total - a.total);
		empty = { reason: emptyReason(match, removable.length > 0, entries.length > 0), removable };
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
	const { entries, match } = await candidates(db, SEARCH_KINDS, query.q, locale);
	const perKind = new Map<SearchKind, number>(SEARCH_KINDS.map((kind) => [kind, 0]));
	for (const entry of entries) perKind.set(entry.kind, perKind.get(entry.kind)! + 1);
	const selected = query.type.length > 0 ? new Set(query.type) : null;
	const matches = selected ? entries.filter((entry) => selected.has(entry.kind)) : entries;
	const total = matches.length;
	const problem = pageProblem(query.page, query.pageSize, total);
	if (problem) throw invalidInput([problem]);
	const start = (query.page - 1) * query.pageSize;
	const page = sortEntries(matches, match.scores, false).slice(start, start + query.pageSize);
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
