import { editAgendaAction, saveEventAction } from '#lib/server/events/event-editor.http.ts';
import { emptyEventForm } from '#lib/server/events/event-editor.schema.ts';
import { eventEditorOptions, mayCreateEvents } from '#lib/server/events/event-editor.service.ts';
import { requireSignIn } from '#lib/server/http/form.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * Curators, admins and organization editors get the form; other signed-in people are told how
 * to become an editor (saving is refused: 403); visitors sign in first.
 */
export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	if (!(await mayCreateEvents(event.locals))) return { allowed: false as const };
	return {
		allowed: true as const,
		options: await eventEditorOptions(event.locals),
		values: emptyEventForm()
	};
};

/** `save` creates the event (authorized in createEvent); `edit` moves agenda rows, saving nothing. */
export const actions: Actions = {
	save: (event) => saveEventAction(event, null),
	edit: (event) => editAgendaAction(event, null)
};
