import { redirect } from '@sveltejs/kit';
import { field, formFailure, keptValues } from '#lib/server/http/form.ts';
import { clearSessionCookie, requestOrigin } from '#lib/server/http/session-cookie.ts';
import { confirmEmailChange } from '#lib/server/identity/email-change.service.ts';
import { accountContext } from '#lib/server/runtime.ts';
import type { Actions, PageServerLoad } from './$types';

/** Like the registration link: the page asks for a click, so mail scanners cannot use it up. */
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		try {
			await confirmEmailChange(
				accountContext(event.locals.db),
				field(form, 'token'),
				requestOrigin(event)
			);
		} catch (error) {
			return formFailure(error, keptValues(form));
		}
		clearSessionCookie(event.cookies, event.url.protocol === 'https:');
		redirect(303, '/login?notice=email-changed');
	}
};
