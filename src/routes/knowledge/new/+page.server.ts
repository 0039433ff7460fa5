import { editorOrganizationIds } from '#lib/server/events/events.policy.ts';
import { requireSignIn } from '#lib/server/http/form.ts';
import { canPublishKnowledge } from '#lib/server/knowledge/knowledge.policy.ts';
import { knowledgeFormAction } from '#lib/server/knowledge/knowledge-form.http.ts';
import { getKnowledgeEditor } from '#lib/server/knowledge/knowledge-editor.service.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * Staff, and editors of an organization (as its publisher), get the form; other signed-in
 * people are told how to become an editor (publishing is refused: 403).
 */
export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	const { db, actor } = event.locals;
	if (!canPublishKnowledge(actor, await editorOrganizationIds(db, actor))) {
		return { editor: null };
	}
	return { editor: await getKnowledgeEditor(event.locals, null) };
};

export const actions: Actions = {
	default: (event) => knowledgeFormAction(event, null)
};
