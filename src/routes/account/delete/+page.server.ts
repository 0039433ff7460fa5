import { redirect } from '@sveltejs/kit';
import { field, formFailure, keptValues } from '#lib/server/http/form.ts';
import { clearSessionCookie, requestOrigin } from '#lib/server/http/session-cookie.ts';
import { deleteAccount } from '#lib/server/identity/personal-data.service.ts';
import type { Actions, PageServerLoad } from './$types';

/** Signed-in only. Deleting is a POST confirmed with the password (and SvelteKit's origin check). */
export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, '/login?next=/account/delete');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		if (!event.locals.user) redirect(303, '/login?next=/account/delete');
		const form = await event.request.formData();
		try {
			await deleteAccount(
				{ db: event.locals.db, actor: event.locals.actor },
				{
					password: field(form, 'password'),
					removeContributions: field(form, 'removeContributions') === 'yes'
				},
				requestOrigin(event)
			);
		} catch (error) {
			return formFailure(error, keptValues(form));
		}
		clearSessionCookie(event.cookies, event.url.protocol === 'https:');
		redirect(303, '/?notice=account-deleted');
	}
};
