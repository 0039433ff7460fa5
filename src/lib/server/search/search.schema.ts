import { z } from 'zod';
import { PLANNED_LOCALES } from '../../i18n/locales.ts';
import { ORGANIZATION_KINDS } from '../../vocabulary/organization-kinds.ts';
import { pageSchema, pageSizeSchema, repeated } from '../http/query.ts';
import {
	countryCodeSchema,
	regionCodeSchema,
	sdgGoalSchema,
	sectorSlugSchema
} from '../solutions/solutions.schema.ts';
import { SEARCH_KINDS } from './index-document.ts';

export const MAX_QUERY_LENGTH = 500;

const querySchema = z
	.string()
	.trim()
	.max(MAX_QUERY_LENGTH, `must be ${MAX_QUERY_LENGTH} characters or fewer`)
	.optional();

const languageSchema = z.enum(PLANNED_LOCALES, {
	error: `must be one of ${PLANNED_LOCALES.join(', ')}`
});

const yearSchema = z.coerce
	.number({ error: 'must be a year such as 2021' })
	.int('must be a year such as 2021')
	.min(1900, 'must be a year such as 2021')
	.max(2100, 'must be a year such as 2021');

/**
 * `/solutions`, `/search?type=solution` and `GET /api/v1/solutions`: free text, facet filters
 * (repeat a parameter to accept several values: `?sdg=6&sdg=11`), sort and page. Without
 * `sort`, results come by relevance when there is text and newest first otherwise.
 */
export const solutionSearchQuerySchema = z.object({
	q: querySchema,
	sdg: repeated(sdgGoalSchema),
	sector: repeated(sectorSlugSchema),
	region: repeated(regionCodeSchema),
	country: repeated(countryCodeSchema),
	lang: repeated(languageSchema),
	modality: repeated(
		z.enum(['south-south', 'triangular'], { error: 'must be south-south or triangular' })
	),
	provider: repeated(
		z.enum(ORGANIZATION_KINDS, { error: `must be one of ${ORGANIZATION_KINDS.join(', ')}` })
	),
	year: repeated(yearSchema),
	sort: z.enum(['relevance', 'newest'], { error: 'must be relevance or newest' }).optional(),
	page: pageSchema,
	pageSize: pageSizeSchema
});

export type SolutionSearchQuery = z.output<typeof solutionSearchQuerySchema>;

/** `/search` and `GET /api/v1/search`: everything public, optionally narrowed to some kinds. */
export const searchQuerySchema = z.object({
	q: querySchema,
	type: repeated(z.enum(SEARCH_KINDS, { error: `must be one of ${SEARCH_KINDS.join(', ')}` })),
	page: pageSchema,
	pageSize: pageSizeSchema
});

export type SearchQuery = z.output<typeof searchQuerySchema>;
