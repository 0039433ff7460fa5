import { json } from '@sveltejs/kit';
import { apiError, readJsonObject } from '../http/api.ts';
import { createKnowledgeProduct, type KnowledgeEditorContext } from './knowledge-editor.service.ts';
import { getKnowledgeProduct } from './knowledge.service.ts';

/**
 * `POST /api/v1/knowledge`: publishes a product from a JSON body (no file; PDFs are uploaded with
 * the web form). 201 with the product and its address in `Location`, or the usual error body.
 */
export async function postKnowledgeProduct(
	context: KnowledgeEditorContext,
	request: Request
): Promise<Response> {
	try {
		const created = await createKnowledgeProduct(context, {
			values: await readJsonObject(request)
		});
		const data = await getKnowledgeProduct(context, created.slug);
		return json(
			{ data },
			{
				status: 201,
				headers: { location: `/api/v1/knowledge/${created.slug}`, 'cache-control': 'no-cache' }
			}
		);
	} catch (error) {
		return apiError(error);
	}
}
