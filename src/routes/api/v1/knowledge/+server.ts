import { apiRoute } from '#lib/server/http/api.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import { knowledgeListQuerySchema } from '#lib/server/knowledge/knowledge.schema.ts';
import { listKnowledgeProducts } from '#lib/server/knowledge/knowledge.service.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, url }) =>
	listKnowledgeProducts(locals, parseQuery(knowledgeListQuerySchema, url.searchParams))
);
