import { z } from 'zod';
import { pageSchema, pageSizeSchema } from '../http/query.ts';

import { KNOWLEDGE_KINDS } from '../../vocabulary/knowledge-kinds.ts';

export const knowledgeListQuerySchema = z.object({
	kind: z.enum(KNOWLEDGE_KINDS, { error: 'is not a known kind of knowledge product' }).optional(),
	page: pageSchema,
	pageSize: pageSizeSchema
});

export type KnowledgeListQuery = z.output<typeof knowledgeListQuerySchema>;
