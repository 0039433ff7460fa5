import { redirect, type RequestEvent } from '@sveltejs/kit';
import { formFailure } from '#lib/server/http/form.ts';
import { eventSlugOf, registrationContext } from '#lib/server/events/registrations.http.ts';
import { cancel, getRegistrationPage, register } from '#lib/server/events/registrations.service.ts';
import type { Actions, PageServerLoad } from './$types';

/** One's own registration for an event: register (or join the waitlist), or cancel. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const slug = eventSlugOf(params);
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(`/events/${slug}`)}`);
	return getRegistrationPage(locals, slug);
};

/** Visitors sign in first and come back to the event. */
function signedInSlug(event: RequestEvent): string {
	const slug = eventSlugOf(event.params);
	if (!event.locals.user) redirect(303, `/login?next=${encodeURIComponent(`/events/${slug}`)}`);
	return slug;
}

export const actions: Actions = {
	register: async (event) => {
		const slug = signedInSlug(event);
		let state: string;
		try {
			({ state } = await register(registrationContext(event.locals), slug));
		} catch (error) {
			return formFailure(error, {}, event.setHeaders);
		}
		redirect(303, `/events/${slug}?registration=${state}`);
	},
	cancel: async (event) => {
		const slug = signedInSlug(event);
		try {
			await cancel(registrationContext(event.locals), slug);
		} catch (error) {
			return formFailure(error, {}, event.setHeaders);
		}
		redirect(303, `/events/${slug}?registration=cancelled`);
	}
};
