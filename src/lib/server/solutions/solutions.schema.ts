import { z } from 'zod';
import { pageSchema, pageSizeSchema, repeated } from '../http/query.ts';

export const sdgGoalSchema = z.coerce
	.number({ error: 'must be an SDG number from 1 to 17' })
	.int('must be an SDG number from 1 to 17')
	.min(1, 'must be an SDG number from 1 to 17')
	.max(17, 'must be an SDG number from 1 to 17');

export const sectorSlugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a sector slug such as waste-management')
	.max(60);

export const countryCodeSchema = z
	.string()
	.transform((value) => value.toUpperCase())
	.pipe(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as SL'));

export const regionCodeSchema = z.coerce
	.number({ error: 'must be a UN M49 region code such as 2 (Africa)' })
	.int('must be a UN M49 region code such as 2 (Africa)')
	.min(1, 'must be a UN M49 region code such as 2 (Africa)')
	.max(999, 'must be a UN M49 region code such as 2 (Africa)');

/** `GET /solutions` and `GET /api/v1/solutions` query parameters. */
export const solutionListQuerySchema = z.object({
	q: z.string().trim().max(500, 'must be 500 characters or fewer').optional(),
	sdg: repeated(sdgGoalSchema),
	sector: repeated(sectorSlugSchema),
	country: repeated(countryCodeSchema),
	region: repeated(regionCodeSchema),
	page: pageSchema,
	pageSize: pageSizeSchema
});

export type SolutionListQuery = z.output<typeof solutionListQuerySchema>;

export const slugSchema = z
	.string()
	.min(1)
	.max(200)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not a valid address');
