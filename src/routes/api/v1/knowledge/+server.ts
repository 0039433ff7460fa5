import { apiRoute } from '#lib/server/http/api.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import { postKnowledgeProduct } from '#lib/server/knowledge/knowledge-api.http.ts';
import { knowledgeEditorContext } from '#lib/server/knowledge/knowledge-form.http.ts';
import { knowledgeListQuerySchema } from '#lib/server/knowledge/knowledge.schema.ts';
import { listKnowledgeProducts } from '#lib/server/knowledge/knowledge.service.ts';
import type { RequestHandler } from './$types';

/** Knowledge products, newest first: `?kind=&cluster=&language=&page=&pageSize=`. */
export const GET: RequestHandler = apiRoute(({ locals, url }) =>
	listKnowledgeProducts(locals, parseQuery(knowledgeListQuerySchema, url.searchParams))
);

/**
 * Publishes a product without a file (staff, or an editor of the publisher, with a read-write
 * token): `{"title","kind","summary","description","language","publishedOn","publisher","url",
 * "duration":"12:30","clusters":[],"solutions":[],"projects":[],"events":[]}` (links by slug).
 * 201 with the product and its address in `Location`. PDFs are uploaded with the web form.
 */
export const POST: RequestHandler = ({ locals, request }) =>
	postKnowledgeProduct(knowledgeEditorContext(locals), request);
