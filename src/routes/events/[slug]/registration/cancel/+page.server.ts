import { redirect } from '@sveltejs/kit';
import { field } from '#lib/server/http/form.ts';
import { eventSlugOf, tokenCancelContext } from '#lib/server/events/registrations.http.ts';
import { cancelWithToken, getCancellation } from '#lib/server/events/registrations.service.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The cancel link of the registration emails. Opening it only asks (mail scanners open links);
 * the form's POST cancels, without a session: the token is the proof. An unknown or replaced
 * token is a 404.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const token = url.searchParams.get('token') ?? '';
	return {
		token,
		cancellation: await getCancellation(locals.db, token, eventSlugOf(params))
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		const slug = eventSlugOf(params);
		const form = await request.formData();
		const token = field(form, 'token') || (url.searchParams.get('token') ?? '');
		await cancelWithToken(tokenCancelContext(locals), token, { slug });
		redirect(303, `/events/${slug}?registration=cancelled`);
	}
};
