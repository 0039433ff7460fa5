import { redirect } from '@sveltejs/kit';
import { AVAILABLE_LOCALES } from '#lib/i18n/messages.ts';
import { safeNext } from '#lib/server/http/safe-redirect.ts';
import type { RequestHandler } from './$types';

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The language switcher's target: remembers the choice in a cookie and goes back. */
export const GET: RequestHandler = ({ url, cookies }) => {
	const lang = url.searchParams.get('lang') ?? '';
	if (AVAILABLE_LOCALES.includes(lang)) {
		cookies.set('lang', lang, { path: '/', maxAge: ONE_YEAR, httpOnly: true, sameSite: 'lax' });
	}
	redirect(303, safeNext(url.searchParams.get('next')));
};
