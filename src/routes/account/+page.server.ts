import { redirect } from '@sveltejs/kit';
import { field, formFailure, keptValues } from '#lib/server/http/form.ts';
import { requestOrigin } from '#lib/server/http/session-cookie.ts';
import {
	changePassword,
	listMySessions,
	signOutOtherSessions
} from '#lib/server/identity/account.service.ts';
import {
	createApiToken,
	listMyApiTokens,
	revokeApiToken
} from '#lib/server/identity/api-tokens.service.ts';
import { requestEmailChange } from '#lib/server/identity/email-change.service.ts';
import { accountContext } from '#lib/server/runtime.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return {
		user: {
			displayName: locals.user.displayName,
			email: locals.user.email,
			role: locals.user.role
		},
		sessions: await listMySessions({ db: locals.db }, locals.actor, locals.user.sessionHash),
		tokens: await listMyApiTokens(locals)
	};
};

export const actions: Actions = {
	password: async (event) => {
		const form = await event.request.formData();
		const user = event.locals.user;
		if (!user) redirect(303, '/login?next=/account');
		try {
			await changePassword(
				{ db: event.locals.db },
				event.locals.actor,
				{
					currentPassword: field(form, 'currentPassword'),
					newPassword: field(form, 'newPassword')
				},
				{ hash: user.sessionHash, origin: requestOrigin(event) }
			);
		} catch (error) {
			return formFailure(error, keptValues(form));
		}
		return { passwordChanged: true };
	},
	email: async (event) => {
		if (!event.locals.user) redirect(303, '/login?next=/account');
		const form = await event.request.formData();
		try {
			await requestEmailChange(
				accountContext(event.locals.db),
				event.locals.actor,
				{ newEmail: field(form, 'newEmail'), currentPassword: field(form, 'currentPassword') },
				requestOrigin(event)
			);
		} catch (error) {
			return formFailure(error, keptValues(form), event.setHeaders);
		}
		return { emailChangeSent: field(form, 'newEmail').trim().toLowerCase() };
	},
	createToken: async (event) => {
		if (!event.locals.user) redirect(303, '/login?next=/account');
		const form = await event.request.formData();
		try {
			const { token, summary } = await createApiToken(
				event.locals,
				{ name: field(form, 'name'), scope: field(form, 'scope') },
				requestOrigin(event)
			);
			// Shown once, on this response only: the server keeps no copy it could show again.
			return { tokenCreated: { token, name: summary.name } };
		} catch (error) {
			return formFailure(error, keptValues(form));
		}
	},
	revokeToken: async (event) => {
		if (!event.locals.user) redirect(303, '/login?next=/account');
		const form = await event.request.formData();
		try {
			await revokeApiToken(event.locals, { tokenId: field(form, 'tokenId') }, requestOrigin(event));
		} catch (error) {
			return formFailure(error, {});
		}
		return { tokenRevoked: true };
	},
	signOutOthers: async (event) => {
		const user = event.locals.user;
		if (!user) redirect(303, '/login?next=/account');
		const ended = await signOutOtherSessions({ db: event.locals.db }, event.locals.actor, {
			hash: user.sessionHash,
			origin: requestOrigin(event)
		});
		return { sessionsEnded: ended };
	}
};
