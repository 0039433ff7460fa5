import { fail, redirect } from '@sveltejs/kit';
import { field, formFailure } from '#lib/server/http/form.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { solutionWorkContext } from '#lib/server/solutions/solution-form.http.ts';
import {
	decideOnSolution,
	getModerationItem
} from '#lib/server/solutions/solution-moderation.service.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { Actions, PageServerLoad } from './$types';

/** Curators and admins (the /admin layout and the service's policy). */
export const load: PageServerLoad = async ({ locals, params }) => ({
	item: await getModerationItem(locals, parseInput(slugSchema, params.slug))
});

/** One decision: publish, request changes (comment), reject (reason). Rate limited per account. */
export const actions: Actions = {
	decide: async (event) => {
		const slug = parseInput(slugSchema, event.params.slug);
		const form = await event.request.formData();
		const decision = field(form, 'decision');
		const comment = field(form, 'comment');
		let title: string;
		try {
			({ title } = await decideOnSolution(solutionWorkContext(event.locals), slug, {
				decision,
				comment
			}));
		} catch (error) {
			const failure = formFailure(error, {}, event.setHeaders);
			return fail(failure.status, { ...failure.data, comment });
		}
		const query = new URLSearchParams({ decided: title, decision });
		redirect(303, `/admin/moderation?${query}`);
	}
};
