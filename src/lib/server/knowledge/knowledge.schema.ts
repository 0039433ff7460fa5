import { z } from 'zod';
import { PLANNED_LOCALES } from '../../i18n/locales.ts';
import { KNOWLEDGE_KINDS } from '../../vocabulary/knowledge-kinds.ts';
import { pageSchema, pageSizeSchema } from '../http/query.ts';
import { slugSchema } from '../solutions/solutions.schema.ts';

export const knowledgeListQuerySchema = z.object({
	kind: z.enum(KNOWLEDGE_KINDS, { error: 'is not a known kind of knowledge product' }).optional(),
	cluster: slugSchema.optional(),
	language: z.enum(PLANNED_LOCALES, { error: 'is not a language we list' }).optional(),
	page: pageSchema,
	pageSize: pageSizeSchema
});

export type KnowledgeListQuery = z.output<typeof knowledgeListQuerySchema>;
