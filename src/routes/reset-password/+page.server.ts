import { redirect } from '@sveltejs/kit';
import { field, formFailure, keptValues } from '#lib/server/http/form.ts';
import { requestOrigin } from '#lib/server/http/session-cookie.ts';
import { resetPassword } from '#lib/server/identity/account.service.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		try {
			await resetPassword(
				{ db: event.locals.db },
				{ token: field(form, 'token'), password: field(form, 'password') },
				requestOrigin(event)
			);
		} catch (error) {
			return formFailure(error, keptValues(form));
		}
		redirect(303, '/login?notice=reset');
	}
};
