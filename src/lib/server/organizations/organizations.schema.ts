import { z } from 'zod';
import { pageSchema, pageSizeSchema, repeated } from '../http/query.ts';
import { countryCodeSchema } from '../solutions/solutions.schema.ts';
import { ORGANIZATION_KINDS } from '../../vocabulary/organization-kinds.ts';

export const partnerListQuerySchema = z.object({
	q: z.string().trim().max(200, 'must be 200 characters or fewer').optional(),
	kind: repeated(z.enum(ORGANIZATION_KINDS, { error: 'is not a known kind of organization' })),
	country: repeated(countryCodeSchema),
	page: pageSchema,
	pageSize: pageSizeSchema
});

export type PartnerListQuery = z.output<typeof partnerListQuerySchema>;
