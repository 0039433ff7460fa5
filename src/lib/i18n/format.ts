/**
 * Dates and numbers in the reader's language with Intl. Instants are shown in a named IANA time
 * zone (the event's, or the reader's) so a webinar time is never ambiguous.
 */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
	return new Intl.DateTimeFormat(locale, {
		dateStyle: 'full',
		timeStyle: 'short',
		timeZone
	}).format(new Date(iso));
}

export function formatTimeRange(
	startIso: string,
	endIso: string,
	locale: string,
	timeZone: string
) {
	// dateStyle/timeStyle cannot be combined with timeZoneName, so the fields are spelled out.
	const format = new Intl.DateTimeFormat(locale, {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		hour: 'numeric',
		minute: '2-digit',
		timeZone,
		timeZoneName: 'short'
	});
	return format.formatRange(new Date(startIso), new Date(endIso));
}

export function formatDate(isoDate: string, locale: string): string {
	// A calendar date has no time zone: format it at noon UTC so no zone can shift the day.
	const date = isoDate.length === 10 ? new Date(`${isoDate}T12:00:00Z`) : new Date(isoDate);
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, locale: string): string {
	return new Intl.NumberFormat(locale).format(value);
}

export function languageName(code: string, locale: string): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/**
 * The offset of a zone from UTC at an instant, in minutes (−240 for New York in summer, −300 in
 * winter), read from Intl so it follows the zone's daylight-saving rules.
 */
export function timeZoneOffsetMinutes(iso: string, timeZone: string): number {
	const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
		.formatToParts(new Date(iso))
		.find((part) => part.type === 'timeZoneName')?.value;
	const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? '');
	if (!match) return 0;
	const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
	return match[1] === '-' ? -minutes : minutes;
}

/**
 * Whether two zones show the same clock time for the whole of an event, so that a second line
 * "in your time zone" would only repeat the first (New York and Toronto, but not New York and
 * São Paulo, nor zones that change to summer time on different dates during the event).
 */
export function sameClockTime(
	startIso: string,
	endIso: string,
	zone: string,
	otherZone: string
): boolean {
	return [startIso, endIso].every(
		(iso) => timeZoneOffsetMinutes(iso, zone) === timeZoneOffsetMinutes(iso, otherZone)
	);
}
