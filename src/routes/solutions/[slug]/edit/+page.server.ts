import { redirect } from '@sveltejs/kit';
import { parseInput } from '#lib/server/http/query.ts';
import { getSolutionEditor } from '#lib/server/solutions/solution-editor.service.ts';
import { savedOutcome, solutionFormAction } from '#lib/server/solutions/solution-form.http.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { Actions, PageServerLoad } from './$types';

/** Owners (creator, members of the submitting organization) and curators/admins. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const slug = parseInput(slugSchema, params.slug);
	return { editor: await getSolutionEditor(locals, slug), saved: savedOutcome(url) };
};

/** Rate limited and authorized in the use-cases (saveSolution, submitSolution). */
export const actions: Actions = {
	save: (event) => solutionFormAction(event, 'save', parseInput(slugSchema, event.params.slug)),
	submit: (event) => solutionFormAction(event, 'submit', parseInput(slugSchema, event.params.slug))
};
