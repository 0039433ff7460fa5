import { DateTime } from 'luxon';

/**
 * The event form asks for wall-clock times (`2026-03-08T09:30`, what `<input type=datetime-local>`
 * sends) in the event's IANA time zone; the database keeps UTC instants (ADR 0003). Converting
 * is where daylight-saving time bites:
 *
 * - a local time inside a spring-forward gap (02:30 on 8 March 2026 in New York) never happens:
 *   it is refused, and the problem says when the clocks move forward;
 * - a local time inside a fall-back overlap (01:30 on 1 November 2026 in New York happens twice)
 *   is read as the EARLIER of the two instants (01:30 EDT = 05:30 UTC), on purpose and for every
 *   zone (luxon alone picks differently from zone to zone).
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

let zones: Set<string> | undefined;

/** IANA zone names the runtime knows, plus `UTC`, which `Intl.supportedValuesOf` leaves out. */
export function timeZoneNames(): string[] {
	return [...knownZones()].sort();
}

function knownZones(): Set<string> {
	zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
	return zones;
}

/** @example isTimeZone('Africa/Lagos') === true; isTimeZone('Mars/Olympus') === false */
export function isTimeZone(zone: string): boolean {
	return knownZones().has(zone);
}

/** Why a local time cannot be turned into an instant. */
export type LocalTimeProblem =
	| { kind: 'format' }
	| { kind: 'zone' }
	/** In a spring-forward gap: on `date` the clocks jump from `from` to `to` (local times). */
	| { kind: 'gap'; date: string; from: string; to: string };

export type LocalTimeResult = { ok: true; utc: string } | { ok: false; problem: LocalTimeProblem };

/**
 * A wall-clock time in a zone as a UTC ISO instant (`…Z`). Ambiguous times take the earlier
 * instant; times that do not exist are refused.
 * @example localToUtc('2026-03-08T09:30', 'America/New_York') // { ok: true, utc: '2026-03-08T13:30:00.000Z' }
 */
export function localToUtc(local: string, zone: string): LocalTimeResult {
	if (!isTimeZone(zone)) return { ok: false, problem: { kind: 'zone' } };
	const match = LOCAL.exec(local.trim());
	if (!match) return { ok: false, problem: { kind: 'format' } };
	const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
	const wall = DateTime.fromObject(
		{ year, month, day, hour, minute, second },
		{ zone: 'UTC' }
	) as DateTime<true>;
	if (!wall.isValid || wall.hour !== hour || wall.day !== day) {
		return { ok: false, problem: { kind: 'format' } };
	}
	// The offsets in force a day either side cover every candidate (no zone moves twice a day).
	const offsets = new Set(
		[-1, 1].map((days) => DateTime.fromMillis(wall.toMillis() + days * 86_400_000, { zone }).offset)
	);
	const instants = [...offsets]
		.map((offset) => wall.toMillis() - offset * 60_000)
		.filter((millis) => sameWallTime(DateTime.fromMillis(millis, { zone }), wall))
		.sort((a, b) => a - b);
	const earliest = instants[0];
	if (earliest !== undefined) {
		return { ok: true, utc: new Date(earliest).toISOString() };
	}
	return { ok: false, problem: gapAround(wall, zone) };
}

function sameWallTime(zoned: DateTime, wall: DateTime): boolean {
	return (
		zoned.year === wall.year &&
		zoned.month === wall.month &&
		zoned.day === wall.day &&
		zoned.hour === wall.hour &&
		zoned.minute === wall.minute &&
		zoned.second === wall.second
	);
}

/** The clock change that swallowed `wall`: the instant the offset changes, found by bisection. */
function gapAround(wall: DateTime, zone: string): LocalTimeProblem {
	// Minutes since the epoch: clocks change on a whole minute.
	const zonedAt = (minute: number) => DateTime.fromMillis(minute * 60_000, { zone });
	let low = Math.floor(wall.toMillis() / 60_000) - 2 * 1440;
	let high = low + 4 * 1440;
	const before = zonedAt(low).offset;
	while (high - low > 1) {
		const middle = Math.floor((low + high) / 2);
		if (zonedAt(middle).offset === before) low = middle;
		else high = middle;
	}
	const change = high * 60_000;
	const after = DateTime.fromMillis(change, { zone });
	const from = DateTime.fromMillis(change, { zone: fixedZone(before) });
	return {
		kind: 'gap',
		date: wall.toISODate() ?? '',
		from: from.toFormat('H:mm'),
		to: after.toFormat('H:mm')
	};
}

function fixedZone(offsetMinutes: number): string {
	const sign = offsetMinutes < 0 ? '-' : '+';
	const minutes = Math.abs(offsetMinutes);
	return `UTC${sign}${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * A UTC instant as the wall-clock time of a zone, in the form `<input type=datetime-local>`
 * shows (`2026-03-08T09:30`). Seconds are dropped, as the form has none.
 */
export function utcToLocal(utc: string, zone: string): string {
	const zoned = DateTime.fromISO(utc, { zone: isTimeZone(zone) ? zone : 'UTC' });
	return zoned.isValid ? zoned.toFormat("yyyy-MM-dd'T'HH:mm") : '';
}

/**
 * The English sentence for a problem, naming the field; the forms show the translated
 * `eventForm.error.time*` messages built from the same parts.
 * @example 'starts does not exist in America/New_York on 8 March 2026: clocks move forward at 2:00'
 */
export function describeLocalTimeProblem(
	field: string,
	zone: string,
	problem: LocalTimeProblem
): string {
	switch (problem.kind) {
		case 'format':
			return `${field} must be a date and time such as 2026-03-08T09:30`;
		case 'zone':
			return `${zone} is not a known time zone`;
		case 'gap': {
			const date = DateTime.fromISO(problem.date).toFormat('d MMMM yyyy');
			return `${field} does not exist in ${zone} on ${date}: clocks move forward at ${problem.from}`;
		}
	}
}
