import { requireSignIn } from '#lib/server/http/form.ts';
import { knowledgeFormAction, knowledgeSlugOf } from '#lib/server/knowledge/knowledge-form.http.ts';
import { getKnowledgeEditor } from '#lib/server/knowledge/knowledge-editor.service.ts';
import type { Actions, PageServerLoad } from './$types';

/** Staff, and editors of the product's publisher; 404 for an unknown product, else 403. */
export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	return { editor: await getKnowledgeEditor(event.locals, knowledgeSlugOf(event.params)) };
};

export const actions: Actions = {
	default: (event) => knowledgeFormAction(event, knowledgeSlugOf(event.params))
};
