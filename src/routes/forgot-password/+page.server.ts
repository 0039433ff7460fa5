import { field, formFailure, keptValues } from '#lib/server/http/form.ts';
import { requestOrigin } from '#lib/server/http/session-cookie.ts';
import { requestPasswordReset } from '#lib/server/identity/account.service.ts';
import { accountContext } from '#lib/server/runtime.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const startedAt = Number(field(form, 'startedAt'));
		try {
			await requestPasswordReset(
				accountContext(event.locals.db),
				{
					email: field(form, 'email'),
					website: field(form, 'website') || undefined,
					startedAt: Number.isFinite(startedAt) && startedAt > 0 ? startedAt : undefined
				},
				requestOrigin(event)
			);
		} catch (error) {
			return formFailure(error, keptValues(form), event.setHeaders);
		}
		return { sent: true };
	}
};
