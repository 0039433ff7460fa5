import { field, formFailure, keptValues } from '#lib/server/http/form.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import { requestOrigin } from '#lib/server/http/session-cookie.ts';
import { changeUserRole, listUsers } from '#lib/server/identity/admin-users.service.ts';
import { userListQuerySchema } from '#lib/server/identity/admin-users.schema.ts';
import { PLATFORM_ROLES } from '#lib/server/identity/identity.schema.ts';
import type { Actions, PageServerLoad } from './$types';

/** The list's filters as a query string, without the `?/role` of a form action. */
function filterSearch(params: URLSearchParams): string {
	const kept = new URLSearchParams();
	for (const [key, value] of params) if (!key.startsWith('/')) kept.append(key, value);
	const query = kept.toString();
	return query ? `?${query}` : '';
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseQuery(userListQuerySchema, url.searchParams);
	return {
		query: { q: query.q ?? '', role: query.role ?? '' },
		search: filterSearch(url.searchParams),
		roles: PLATFORM_ROLES,
		me: locals.actor.kind === 'user' ? locals.actor.userId : null,
		users: await listUsers({ db: locals.db, actor: locals.actor }, query)
	};
};

export const actions: Actions = {
	role: async (event) => {
		const form = await event.request.formData();
		try {
			const change = await changeUserRole(
				{ db: event.locals.db, actor: event.locals.actor },
				{ userId: field(form, 'userId'), role: field(form, 'role') },
				requestOrigin(event)
			);
			return { roleChange: change };
		} catch (error) {
			return formFailure(error, keptValues(form));
		}
	}
};
