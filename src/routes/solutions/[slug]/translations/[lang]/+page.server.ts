import { redirect } from '@sveltejs/kit';
import { field, formFailure, keptValues } from '#lib/server/http/form.ts';
import { parseInput } from '#lib/server/http/query.ts';
import { TRANSLATABLE_FIELDS } from '#lib/server/solutions/solution-translations.schema.ts';
import {
	getTranslationEditor,
	removeTranslation,
	saveTranslation
} from '#lib/server/solutions/solution-translations.service.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return {
		editor: await getTranslationEditor(locals, parseInput(slugSchema, params.slug), params.lang)
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request, url }) => {
		if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
		const form = await request.formData();
		const slug = parseInput(slugSchema, params.slug);
		try {
			await saveTranslation(
				locals,
				slug,
				params.lang,
				Object.fromEntries(TRANSLATABLE_FIELDS.map((name) => [name, field(form, name)]))
			);
		} catch (error) {
			// Long sections are kept whole: keptValues would cut them at 1,000 characters.
			const values = Object.fromEntries(
				TRANSLATABLE_FIELDS.map((name) => [name, field(form, name)])
			);
			return formFailure(error, { ...keptValues(form), ...values });
		}
		redirect(303, `/solutions/${slug}/translations?saved=${params.lang}`);
	},
	delete: async ({ locals, params, url }) => {
		if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
		const slug = parseInput(slugSchema, params.slug);
		try {
			await removeTranslation(locals, slug, params.lang);
		} catch (error) {
			return formFailure(error, {});
		}
		redirect(303, `/solutions/${slug}/translations?deleted=${params.lang}`);
	}
};
