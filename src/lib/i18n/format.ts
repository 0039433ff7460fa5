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
