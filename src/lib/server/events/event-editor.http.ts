import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { field, formFailure, requireSignIn } from '../http/form.ts';
import { parseInput } from '../http/query.ts';
import { slugSchema } from '../solutions/solutions.schema.ts';
import { applyAgendaOperation, parseAgendaOperation, withSpareRows } from './agenda-outline.ts';
import { readEventForm, toEventFormValues, type EventFormValues } from './event-editor.schema.ts';
import {
	createEvent,
	managedEvent,
	mayCreateEvents,
	updateEvent,
	type AfterEventSave
} from './event-editor.service.ts';
import { forbidden } from '../http/errors.ts';

/**
 * The edge of `/events/new` and `/events/[slug]/edit`: "Save" runs one use-case and redirects
 * to the event (post/redirect/get) or shows the form again with the problems; the agenda
 * buttons (`op=up:3`…) change the rows and show the form again, saving nothing.
 */

export function eventSlugOf(params: Partial<Record<string, string>>): string {
	return parseInput(slugSchema, params.slug);
}

/** What the form shows again, with two spare agenda rows. */
function shownAgain(values: EventFormValues): EventFormValues {
	return { ...values, agenda: withSpareRows(values.agenda) };
}

/** Saves a new event (slug null) or the changes to one; `afterSave` runs in the transaction. */
export async function saveEventAction(
	event: RequestEvent,
	slug: string | null,
	afterSave?: AfterEventSave
) {
	requireSignIn(event);
	const raw = readEventForm(await event.request.formData());
	let saved: string;
	try {
		saved =
			slug === null
				? await createEvent(event.locals, raw)
				: await updateEvent(event.locals, slug, raw, afterSave);
	} catch (error) {
		const failure = formFailure(error, {}, event.setHeaders);
		return fail(failure.status, { ...failure.data, input: shownAgain(toEventFormValues(raw)) });
	}
	redirect(303, `/events/${saved}?saved=1`);
}

/** Applies one agenda button to the rows as typed; nothing is saved. */
export async function editAgendaAction(event: RequestEvent, slug: string | null) {
	requireSignIn(event);
	if (slug === null) {
		if (!(await mayCreateEvents(event.locals))) throw forbidden();
	} else {
		await managedEvent(event.locals, slug);
	}
	const form = await event.request.formData();
	const values = toEventFormValues(readEventForm(form));
	const operation = parseAgendaOperation(field(form, 'op'));
	const agenda = operation ? applyAgendaOperation(values.agenda, operation) : values.agenda;
	return { input: shownAgain({ ...values, agenda }), edited: true as const };
}
