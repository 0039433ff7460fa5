import { requireSignIn } from '#lib/server/http/form.ts';
import { savePreferencesAction } from '#lib/server/notifications/notifications.http.ts';
import { getPreferences } from '#lib/server/notifications/preferences.service.ts';
import type { Actions, PageServerLoad } from './$types';

/** The signed-in person's email choices, one row per kind of notification. */
export const load: PageServerLoad = async (event) => {
	requireSignIn(event);
	return {
		preferences: await getPreferences(event.locals),
		saved: event.url.searchParams.has('saved')
	};
};

export const actions: Actions = { default: savePreferencesAction };
