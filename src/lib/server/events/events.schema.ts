import { z } from 'zod';
import { pageSchema, pageSizeSchema } from '../http/query.ts';

import { EVENT_KINDS } from '../../vocabulary/event-kinds.ts';

export const eventListQuerySchema = z.object({
	when: z.enum(['upcoming', 'past'], { error: 'must be upcoming or past' }).default('upcoming'),
	kind: z.enum(EVENT_KINDS, { error: 'is not a known kind of event' }).optional(),
	cluster: z
		.string()
		.regex(/^[a-z0-9-]{1,100}$/, 'is not a cluster address')
		.optional(),
	language: z
		.string()
		.regex(/^[a-z]{2,3}$/, 'must be a language code such as en')
		.optional(),
	page: pageSchema,
	pageSize: pageSizeSchema
});

export type EventListQuery = z.output<typeof eventListQuerySchema>;
