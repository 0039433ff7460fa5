import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
	addDocument,
	addRecording,
	getOutcomeManager,
	moveRecording,
	OutcomeFileTooLargeError,
	outcomeIdOf,
	removeDocument,
	removeRecording,
	saveOutcomeSummary,
	type OutcomeContext
} from '#lib/server/events/event-outcomes.service.ts';
import { MAX_DOCUMENT_BYTES } from '#lib/server/events/event-outcomes.schema.ts';
import { field, formFailure, requireSignIn } from '#lib/server/http/form.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { apiWriteLimiter } from '#lib/server/runtime.ts';
import { localAttachmentStorage } from '#lib/server/solutions/solution-attachments.storage.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { UploadedFile } from '#lib/server/solutions/solution-attachments.schema.ts';
import type { Actions, PageServerLoad } from './$types';

/** The organizers' page of what an event left behind: summary, recordings, documents. */

const NOTICES = ['saved', 'added', 'removed', 'moved'] as const;
type FormName = 'summary' | 'recording' | 'document' | 'list';

function contextOf(locals: App.Locals): OutcomeContext {
	return { ...locals, storage: localAttachmentStorage(), limiter: apiWriteLimiter() };
}

export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	return {
		notice: NOTICES.find((notice) => event.url.searchParams.has(notice)) ?? null,
		manager: await getOutcomeManager(
			contextOf(event.locals),
			parseInput(slugSchema, event.params.slug)
		)
	};
};

/** A body over BODY_SIZE_LIMIT fails while it is read (adapter-node answers 413 with it). */
function isBodyTooLarge(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'status' in error && error.status === 413;
}

async function readUpload(form: FormData, name: string): Promise<UploadedFile | null> {
	const file = form.get(name);
	if (!(file instanceof File)) return null;
	return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The text fields, to show the form again (the summary may be long). */
function typedFields(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value === 'string') values[key] = value.slice(0, 60_000);
	}
	return values;
}

/**
 * One form action: sign-in first, then the use-case; a redirect back with a notice, or the page
 * again with the problems next to the fields of the form that failed and what was typed.
 */
async function act(
	event: RequestEvent,
	formName: FormName,
	work: (context: OutcomeContext, slug: string, form: FormData) => Promise<(typeof NOTICES)[number]>
) {
	requireSignIn(event);
	const slug = parseInput(slugSchema, event.params.slug);
	let form: FormData;
	try {
		form = await event.request.formData();
	} catch (error) {
		if (!isBodyTooLarge(error)) throw error;
		const tooLarge = new OutcomeFileTooLargeError(event.locals.locale, 'file', MAX_DOCUMENT_BYTES);
		return fail(413, { ...formFailure(tooLarge, {}).data, form: formName });
	}
	let notice: (typeof NOTICES)[number];
	try {
		notice = await work(contextOf(event.locals), slug, form);
	} catch (error) {
		const failure = formFailure(error, typedFields(form), event.setHeaders);
		const status = error instanceof OutcomeFileTooLargeError ? 413 : failure.status;
		return fail(status, { ...failure.data, form: formName });
	}
	redirect(303, `/events/${slug}/outcomes?${notice}=1`);
}

export const actions: Actions = {
	summary: (event) =>
		act(event, 'summary', async (context, slug, form) => {
			await saveOutcomeSummary(context, slug, { summary: field(form, 'summary') });
			return 'saved';
		}),
	recording: (event) =>
		act(event, 'recording', async (context, slug, form) => {
			await addRecording(context, slug, {
				language: field(form, 'language'),
				title: field(form, 'title'),
				url: field(form, 'url'),
				duration: field(form, 'duration'),
				still: await readUpload(form, 'still')
			});
			return 'added';
		}),
	removeRecording: (event) =>
		act(event, 'list', async (context, slug, form) => {
			await removeRecording(context, slug, outcomeIdOf(context, field(form, 'id')));
			return 'removed';
		}),
	moveRecording: (event) =>
		act(event, 'list', async (context, slug, form) => {
			await moveRecording(
				context,
				slug,
				outcomeIdOf(context, field(form, 'id')),
				field(form, 'direction') === 'up' ? 'up' : 'down'
			);
			return 'moved';
		}),
	document: (event) =>
		act(event, 'document', async (context, slug, form) => {
			await addDocument(context, slug, {
				title: field(form, 'title'),
				file: await readUpload(form, 'file')
			});
			return 'added';
		}),
	removeDocument: (event) =>
		act(event, 'list', async (context, slug, form) => {
			await removeDocument(context, slug, outcomeIdOf(context, field(form, 'id')));
			return 'removed';
		})
};
