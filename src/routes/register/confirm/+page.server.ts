import { redirect } from '@sveltejs/kit';
import { field, formFailure, keptValues } from '#lib/server/http/form.ts';
import { requestOrigin } from '#lib/server/http/session-cookie.ts';
import { confirmEmail } from '#lib/server/identity/account.service.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The emailed link opens this page and a button confirms. Confirming on GET would let mail
 * scanners that open links "use up" the token before the person does.
 */
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		try {
			await confirmEmail({ db: event.locals.db }, field(form, 'token'), requestOrigin(event));
		} catch (error) {
			return formFailure(error, keptValues(form));
		}
		redirect(303, '/login?notice=confirmed');
	}
};
