import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { field, formFailure } from '../http/form.ts';
import { parseInput, parseQuery } from '../http/query.ts';
import { brokeringContext } from './brokering-form.http.ts';
import { readProjectForm } from './connection-project.schema.ts';
import { createProjectFromConnection } from './connection-project.service.ts';
import { moveConnection } from './connections.service.ts';
import { boardQuerySchema, connectionIdSchema } from './pipeline-board.schema.ts';

/**
 * The edge of the brokering pages: a move posted from the board or from a connection's page, and
 * the pilot project form, each turned into one use-case call and its answer into a redirect
 * (post/redirect/get) or a 4xx that shows the page again with the problem and what was typed.
 * The board's drag-and-drop script posts to the same action, asking for JSON.
 */

/** The connection's id from the address (`/admin/brokering/abc` → 400). */
export function connectionIdOf(params: Partial<Record<string, string>>): number {
	return parseInput(connectionIdSchema, params.id);
}

export interface MoveFormValues {
	to: string;
	note: string;
	reason: string;
	contactName: string;
	contactEmail: string;
}

export function readMoveForm(form: FormData): MoveFormValues {
	return {
		to: field(form, 'to').slice(0, 40),
		note: field(form, 'note').slice(0, 6_000),
		reason: field(form, 'reason').slice(0, 40),
		contactName: field(form, 'contactName').slice(0, 200),
		contactEmail: field(form, 'contactEmail').slice(0, 320)
	};
}

/** The board's filters the form came from, rebuilt from known fields only (never a raw URL). */
function boardSearch(form: FormData): URLSearchParams {
	const filters = new URLSearchParams(field(form, 'filters').replace(/^\?/, '').slice(0, 1_000));
	let query;
	try {
		query = parseQuery(boardQuerySchema, filters);
	} catch {
		return new URLSearchParams();
	}
	const search = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		if (typeof value === 'string' && value !== '') search.set(key, value);
	}
	return search;
}

/**
 * A refused move, to show again: its field problems (already in the reader's language) also make
 * the summary, since `moveConnection` names none of its own.
 */
function moveFailure(error: unknown, event: RequestEvent) {
	const failure = formFailure(error, {}, event.setHeaders);
	const reasons = Object.values(failure.data.errors);
	return {
		status: failure.status,
		data: {
			...failure.data,
			message: reasons.length > 0 ? reasons.join(' ') : failure.data.message
		}
	};
}

/** The board's quick move: one card to a stage, then back to the board with its filters. */
export async function boardMoveAction(event: RequestEvent) {
	const form = await event.request.formData();
	const id = parseInput(connectionIdSchema, field(form, 'connection'));
	const input = readMoveForm(form);
	let stage: string;
	try {
		({ stage } = await moveConnection(brokeringContext(event.locals), id, input));
	} catch (error) {
		const failure = moveFailure(error, event);
		return fail(failure.status, { ...failure.data, connection: id });
	}
	const search = boardSearch(form);
	search.set('moved', String(id));
	search.set('to', stage);
	redirect(303, `/admin/brokering?${search}#connection-${id}`);
}

/** A move from the connection's own page, with its note, reason or contact. */
export async function connectionMoveAction(event: RequestEvent) {
	const id = connectionIdOf(event.params);
	const input = readMoveForm(await event.request.formData());
	let stage: string;
	try {
		({ stage } = await moveConnection(brokeringContext(event.locals), id, input));
	} catch (error) {
		const failure = moveFailure(error, event);
		return fail(failure.status, { ...failure.data, input });
	}
	redirect(303, `/admin/brokering/${id}?moved=${encodeURIComponent(stage)}`);
}

/** Creates the pilot project from the form, then shows it. */
export async function projectFormAction(event: RequestEvent) {
	const id = connectionIdOf(event.params);
	const input = readProjectForm(await event.request.formData());
	let slug: string;
	try {
		({ slug } = await createProjectFromConnection(brokeringContext(event.locals), id, input));
	} catch (error) {
		const failure = formFailure(error, {}, event.setHeaders);
		return fail(failure.status, { ...failure.data, input });
	}
	redirect(303, `/projects/${slug}`);
}
