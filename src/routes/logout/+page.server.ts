import { redirect } from '@sveltejs/kit';
import {
	clearSessionCookie,
	requestOrigin,
	SESSION_COOKIE
} from '#lib/server/http/session-cookie.ts';
import { signOut } from '#lib/server/identity/auth.service.ts';
import type { Actions, PageServerLoad } from './$types';

/** Signing out changes state, so it is a POST (protected by SvelteKit's origin check). */
export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, '/');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		await signOut({ db: event.locals.db }, event.cookies.get(SESSION_COOKIE), requestOrigin(event));
		clearSessionCookie(event.cookies, event.url.protocol === 'https:');
		redirect(303, '/login?notice=signed-out');
	}
};
