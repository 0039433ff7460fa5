import { createHash } from 'node:crypto';
import { ICALENDAR_TYPE } from './event-calendar.ts';

/** Feeds may be cached briefly by browsers and shared caches: they hold public events only. */
const CACHE_CONTROL = 'public, max-age=300';

/** A strong entity tag of the body: the same calendar always gets the same tag. */
export function calendarEtag(ics: string): string {
	return `"${createHash('sha256').update(ics).digest('base64url').slice(0, 27)}"`;
}

/** Whether an `If-None-Match` header names this tag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch
		.split(',')
		.map((tag) => tag.trim().replace(/^W\//, ''))
		.some((tag) => tag === '*' || tag === etag);
}

/**
 * The answer of an .ics endpoint: `text/calendar`, shown inline for a feed (calendar apps
 * subscribe to its address) or downloaded as `filename` for one event; 304 when the client
 * already holds this version.
 * @example return calendarResponse(request, ics, { filename: 'events.ics', download: false })
 */
export function calendarResponse(
	request: Request,
	ics: string,
	options: { filename: string; download: boolean }
): Response {
	const etag = calendarEtag(ics);
	const headers = {
		etag,
		'cache-control': CACHE_CONTROL,
		vary: 'Accept-Language, Cookie'
	};
	if (matchesEtag(request.headers.get('if-none-match'), etag)) {
		return new Response(null, { status: 304, headers });
	}
	return new Response(ics, {
		headers: {
			...headers,
			'content-type': ICALENDAR_TYPE,
			'content-disposition': `${options.download ? 'attachment' : 'inline'}; filename="${options.filename}"`
		}
	});
}
