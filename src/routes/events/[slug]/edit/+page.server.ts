import {
	editAgendaAction,
	eventSlugOf,
	saveEventAction
} from '#lib/server/events/event-editor.http.ts';
import { eventEditorOptions, loadEventEditor } from '#lib/server/events/event-editor.service.ts';
import { fillFreedPlaces } from '#lib/server/events/registrations.service.ts';
import { requireSignIn } from '#lib/server/http/form.ts';
import { jobQueue, mailingContext } from '#lib/server/runtime.ts';
import type { Actions, PageServerLoad } from './$types';

/** Curators, admins and editors of a hosting organization (others: 403; visitors sign in). */
export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	const editor = await loadEventEditor(event.locals, eventSlugOf(event.params));
	return { editor, options: await eventEditorOptions(event.locals) };
};

/**
 * `save` replaces the event's fields and agenda (authorized in updateEvent) and, in the same
 * transaction, gives freed places to the waitlist (a raised capacity promotes people at once);
 * `edit` moves agenda rows, saving nothing.
 */
export const actions: Actions = {
	save: (event) =>
		saveEventAction(event, eventSlugOf(event.params), async (trx, eventId) => {
			await fillFreedPlaces(
				trx,
				eventId,
				new Date(),
				jobQueue(),
				mailingContext(event.locals).origin
			);
		}),
	edit: (event) => editAgendaAction(event, eventSlugOf(event.params))
};
