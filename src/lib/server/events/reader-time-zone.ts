import type { Cookies } from '@sveltejs/kit';
import { timeZoneNames } from './event-times.ts';

/**
 * The reader's time zone, remembered in the `tz` cookie: set by /preferences/time-zone (no
 * JavaScript needed), or by static/js/local-times.js from the browser's own zone when there is
 * none yet. Not httpOnly, so that the script sees a choice was made and leaves it alone.
 */
export const TIME_ZONE_COOKIE = 'tz';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/**
 * An IANA zone name as the runtime spells it (aliases such as `Asia/Calcutta` become
 * `Asia/Kolkata`), or null when the runtime does not know it.
 * @example canonicalTimeZone('europe/paris') === 'Europe/Paris'; canonicalTimeZone('Mars/Base') === null
 */
export function canonicalTimeZone(value: string | null | undefined): string | null {
	if (!value || !ZONE_NAME.test(value)) return null;
	try {
		return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
	} catch {
		return null;
	}
}

/** The zone the `tz` cookie names, or null (no cookie, or not a zone). */
export function readerTimeZone(cookies: Pick<Cookies, 'get'>): string | null {
	return canonicalTimeZone(cookies.get(TIME_ZONE_COOKIE));
}

/** Remembers the reader's zone for a year, site-wide. */
export function rememberTimeZone(
	cookies: Pick<Cookies, 'set'>,
	zone: string,
	secure: boolean
): void {
	cookies.set(TIME_ZONE_COOKIE, zone, {
		path: '/',
		maxAge: ONE_YEAR_SECONDS,
		httpOnly: false,
		sameSite: 'lax',
		secure
	});
}

/** Forgets the choice: times are shown in the event's zone only (and the script may guess again). */
export function forgetTimeZone(cookies: Pick<Cookies, 'delete'>): void {
	cookies.delete(TIME_ZONE_COOKIE, { path: '/' });
}

/** The zones to choose from (those the event form accepts), grouped by region (`Africa`…, `UTC`). */
export function timeZonesByRegion(): { region: string; zones: string[] }[] {
	const groups = new Map<string, string[]>();
	for (const zone of timeZoneNames()) {
		const slash = zone.indexOf('/');
		const region = slash > 0 ? zone.slice(0, slash) : 'UTC';
		groups.set(region, [...(groups.get(region) ?? []), zone]);
	}
	return [...groups]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([region, zones]) => ({ region, zones }));
}
