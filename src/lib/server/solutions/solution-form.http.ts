import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { formFailure } from '../http/form.ts';
import { apiWriteLimiter, mailingContext } from '../runtime.ts';
import { keptSolutionForm, readSolutionForm } from './solution-editor.schema.ts';
import {
	saveSolution,
	submitSolution,
	type SolutionWorkContext
} from './solution-editor.service.ts';

/**
 * The edge of the solution form: turns a form post into one use-case call, and its answer into a
 * redirect (post/redirect/get) or a 4xx that shows the form again as typed, with its problems.
 * The autosave script posts to the same actions, asking for JSON.
 */

/**
 * The collaborators of the writing use-cases. Writes spend the per-account write budget that API
 * writes use too (60 a minute): far more than a person types, far less than a script floods.
 */
export function solutionWorkContext(locals: App.Locals): SolutionWorkContext {
	return { ...mailingContext(locals), limiter: apiWriteLimiter() };
}

export const SAVED_OUTCOMES = ['draft', 'submitted', 'published', 'unchanged'] as const;
export type SavedOutcome = (typeof SAVED_OUTCOMES)[number];

export function savedOutcome(url: URL): SavedOutcome | null {
	const value = url.searchParams.get('saved');
	return SAVED_OUTCOMES.find((outcome) => outcome === value) ?? null;
}

export async function solutionFormAction(
	event: RequestEvent,
	intent: 'save' | 'submit',
	slug: string | null
) {
	if (!event.locals.user) {
		redirect(303, `/login?next=${encodeURIComponent(event.url.pathname)}`);
	}
	const input = readSolutionForm(await event.request.formData());
	let outcome: SavedOutcome;
	let savedSlug: string;
	try {
		const use = intent === 'save' ? saveSolution : submitSolution;
		const saved = await use(solutionWorkContext(event.locals), { slug, input });
		savedSlug = saved.slug;
		outcome =
			intent === 'submit'
				? 'submitted'
				: saved.status === 'published'
					? saved.changed
						? 'published'
						: 'unchanged'
					: 'draft';
	} catch (error) {
		const failure = formFailure(error, {}, event.setHeaders);
		return fail(failure.status, { ...failure.data, input: keptSolutionForm(input) });
	}
	redirect(303, `/solutions/${savedSlug}/edit?saved=${outcome}`);
}
