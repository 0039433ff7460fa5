import { redirect } from '@sveltejs/kit';
import { forbidden } from '#lib/server/http/errors.ts';
import { isAdmin } from '#lib/server/identity/actor.ts';
import { canEnterAdminArea } from '#lib/server/identity/admin.policy.ts';
import type { LayoutServerLoad } from './$types';

/**
 * The admin area needs a signed-in curator or admin: visitors are sent to sign in, members get a
 * 403. Curators come in for the audit log only: each page's service checks its own policy, so
 * the users and outbox pages still refuse them.
 */
export const load: LayoutServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	if (!canEnterAdminArea(locals.actor))
		throw forbidden('Only curators and administrators can open this page.');
	return { admin: isAdmin(locals.actor) };
};
