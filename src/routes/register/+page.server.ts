import { redirect } from '@sveltejs/kit';
import { field, formFailure, keptValues } from '#lib/server/http/form.ts';
import { requestOrigin } from '#lib/server/http/session-cookie.ts';
import { register } from '#lib/server/identity/account.service.ts';
import { accountContext } from '#lib/server/runtime.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, '/account');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const startedAt = Number(field(form, 'startedAt'));
		try {
			await register(
				accountContext(event.locals.db),
				{
					email: field(form, 'email'),
					displayName: field(form, 'displayName'),
					password: field(form, 'password'),
					website: field(form, 'website') || undefined,
					startedAt: Number.isFinite(startedAt) && startedAt > 0 ? startedAt : undefined
				},
				requestOrigin(event)
			);
		} catch (error) {
			return formFailure(error, keptValues(form), event.setHeaders);
		}
		return { registered: true, email: field(form, 'email').trim().toLowerCase() };
	}
};
