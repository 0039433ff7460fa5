import { redirect } from '@sveltejs/kit';
import { forbidden } from '#lib/server/http/errors.ts';
import { isAdmin } from '#lib/server/identity/actor.ts';
import type { LayoutServerLoad } from './$types';

/**
 * Every admin page needs a signed-in admin: visitors are sent to sign in, others get a 403. Each
 * page's service checks its own policy as well; this only spares them the redirect.
 */
export const load: LayoutServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	if (!isAdmin(locals.actor)) throw forbidden('Only administrators can open this page.');
	return {};
};
