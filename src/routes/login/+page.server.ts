import { redirect } from '@sveltejs/kit';
import { field, formFailure, keptValues } from '#lib/server/http/form.ts';
import { safeNext } from '#lib/server/http/safe-redirect.ts';
import { requestOrigin, setSessionCookie } from '#lib/server/http/session-cookie.ts';
import { signIn } from '#lib/server/identity/auth.service.ts';
import { accountContext } from '#lib/server/runtime.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), '/account'));
	return {
		next: safeNext(url.searchParams.get('next'), '/'),
		notice: url.searchParams.get('notice')
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		let signedIn;
		try {
			signedIn = await signIn(
				accountContext(event.locals.db),
				{ email: field(form, 'email'), password: field(form, 'password') },
				requestOrigin(event)
			);
		} catch (error) {
			return formFailure(error, keptValues(form), event.setHeaders);
		}
		setSessionCookie(
			event.cookies,
			signedIn.sessionToken,
			signedIn.expiresAt,
			event.url.protocol === 'https:'
		);
		redirect(303, safeNext(field(form, 'next')));
	}
};
