import { z } from 'zod';
import { pageSchema, pageSizeSchema, repeated } from '../http/query.ts';
import { countryCodeSchema, sdgGoalSchema } from '../solutions/solutions.schema.ts';
import { PROJECT_STATUSES } from '../../vocabulary/project-statuses.ts';

export const projectListQuerySchema = z.object({
	programme: z.string().trim().max(100).optional(),
	status: repeated(z.enum(PROJECT_STATUSES, { error: 'is not a known project status' })),
	country: repeated(countryCodeSchema),
	sdg: repeated(sdgGoalSchema),
	page: pageSchema,
	pageSize: pageSizeSchema
});

export type ProjectListQuery = z.output<typeof projectListQuerySchema>;
