import { z } from 'zod';
import { pageSchema, pageSizeSchema } from '../http/query.ts';
import { STAGES } from './pipeline.rules.ts';

export const TARGET_KINDS = ['solution', 'provider', 'peer-city'] as const;

/** The board's filters, from its GET form: `?q=&kind=&sector=&country=&stage=`. */
export const boardQuerySchema = z.object({
	q: z.string().trim().max(200, 'must be 200 characters or fewer').optional(),
	kind: z.enum(TARGET_KINDS, { error: 'must be solution, provider or peer-city' }).optional(),
	sector: z
		.string()
		.trim()
		.regex(/^[a-z0-9-]{1,100}$/, 'must be a sector slug')
		.optional(),
	country: z
		.string()
		.trim()
		.toUpperCase()
		.regex(/^[A-Z]{2}$/, 'must be a two-letter country code')
		.optional(),
	stage: z.enum(STAGES, { error: 'must be a stage of the pipeline' }).optional()
});

export type BoardQuery = z.output<typeof boardQuerySchema>;

/** The connections list of the API: the board's filters, a page at a time. */
export const connectionListQuerySchema = boardQuerySchema.extend({
	page: pageSchema,
	pageSize: pageSizeSchema
});

export type ConnectionListQuery = z.output<typeof connectionListQuerySchema>;

export const connectionIdSchema = z.coerce
	.number({ error: 'must be a whole number' })
	.int('must be a whole number')
	.min(1, 'must be 1 or more')
	.max(2_147_483_647, 'is too large');
