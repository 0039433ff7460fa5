import { redirect } from '@sveltejs/kit';
import { getSolutionEditor } from '#lib/server/solutions/solution-editor.service.ts';
import { solutionFormAction } from '#lib/server/solutions/solution-form.http.ts';
import type { Actions, PageServerLoad } from './$types';

/** Signed-in people only; those without an organization are told how to join one. */
export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return { editor: await getSolutionEditor(locals, null) };
};

/** Rate limited and authorized in the use-cases (saveSolution, submitSolution). */
export const actions: Actions = {
	save: (event) => solutionFormAction(event, 'save', null),
	submit: (event) => solutionFormAction(event, 'submit', null)
};
