import { fail, redirect } from '@sveltejs/kit';
import {
	canonicalTimeZone,
	forgetTimeZone,
	rememberTimeZone,
	timeZonesByRegion
} from '#lib/server/events/reader-time-zone.ts';
import { field } from '#lib/server/http/form.ts';
import { safeNext } from '#lib/server/http/safe-redirect.ts';
import { translatorFor } from '#lib/server/solutions/solution-messages.ts';
import type { Actions, PageServerLoad } from './$types';

/** Anyone may choose the zone event times are shown in: it is a cookie, not an account setting. */
export const load: PageServerLoad = ({ locals, url }) => ({
	regions: timeZonesByRegion(),
	current: locals.timeZone,
	next: safeNext(url.searchParams.get('next'), '/events')
});

export const actions: Actions = {
	default: async ({ request, cookies, locals, url }) => {
		const form = await request.formData();
		const next = safeNext(field(form, 'next'), '/events');
		const chosen = field(form, 'timeZone');
		if (chosen === '') {
			forgetTimeZone(cookies);
			redirect(303, next);
		}
		const zone = canonicalTimeZone(chosen);
		if (!zone) {
			const t = translatorFor(locals.locale);
			return fail(400, {
				values: { timeZone: chosen.slice(0, 100), next },
				errors: { timeZone: t('timeZonePreference.error.unknown') },
				message: t('timeZonePreference.error.unknown')
			});
		}
		rememberTimeZone(cookies, zone, url.protocol === 'https:');
		redirect(303, next);
	}
};
