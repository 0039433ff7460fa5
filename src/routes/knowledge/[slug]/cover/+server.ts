import { serveKnowledgeFile } from '#lib/server/knowledge/knowledge-file.http.ts';
import type { RequestHandler } from './$types';

/** The product's cover image (WebP rendered from the PDF, or an uploaded still); 404 when none. */
export const GET: RequestHandler = (event) => serveKnowledgeFile(event, 'cover');
