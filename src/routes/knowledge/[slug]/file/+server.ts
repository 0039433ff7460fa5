import { serveKnowledgeFile } from '#lib/server/knowledge/knowledge-file.http.ts';
import type { RequestHandler } from './$types';

/** The product's PDF, inline (`application/pdf`, sandboxed, nosniff); 404 when it has none. */
export const GET: RequestHandler = (event) => serveKnowledgeFile(event, 'file');
