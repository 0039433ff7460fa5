import { describe, expect, it } from 'vitest';
import {
	describeLocalTimeProblem,
	isTimeZone,
	localToUtc,
	timeZoneNames,
	utcToLocal,
	type LocalTimeResult
} from './event-times.ts';

const utc = (result: LocalTimeResult) => {
	if (!result.ok) throw new Error(`expected an instant, got ${JSON.stringify(result.problem)}`);
	return result.utc;
};
const hours = (start: string, end: string) =>
	(new Date(end).getTime() - new Date(start).getTime()) / 3_600_000;

describe('local times of an event', () => {
	it('reads New York times on either side of the March change', () => {
		expect(utc(localToUtc('2026-03-08T01:30', 'America/New_York'))).toBe(
			'2026-03-08T06:30:00.000Z'
		);
		expect(utc(localToUtc('2026-03-08T03:30', 'America/New_York'))).toBe(
			'2026-03-08T07:30:00.000Z'
		);
	});

	it('refuses a New York time that the spring-forward skips, saying when clocks move', () => {
		const result = localToUtc('2026-03-08T02:30', 'America/New_York');
		expect(result).toEqual({
			ok: false,
			problem: { kind: 'gap', date: '2026-03-08', from: '2:00', to: '3:00' }
		});
		if (result.ok) return;
		expect(describeLocalTimeProblem('starts', 'America/New_York', result.problem)).toBe(
			'starts does not exist in America/New_York on 8 March 2026: clocks move forward at 2:00'
		);
	});

	it('takes the earlier instant of a New York time that happens twice in November', () => {
		// 01:30 EDT (UTC−4) comes first, then 01:30 EST (UTC−5).
		expect(utc(localToUtc('2026-11-01T01:30', 'America/New_York'))).toBe(
			'2026-11-01T05:30:00.000Z'
		);
		expect(utc(localToUtc('2026-11-01T02:30', 'America/New_York'))).toBe(
			'2026-11-01T07:30:00.000Z'
		);
	});

	it('handles London: the gap at 1:00 in March and the overlap in October', () => {
		expect(localToUtc('2026-03-29T01:15', 'Europe/London')).toMatchObject({
			ok: false,
			problem: { kind: 'gap', from: '1:00', to: '2:00' }
		});
		expect(utc(localToUtc('2026-10-25T01:30', 'Europe/London'))).toBe('2026-10-25T00:30:00.000Z');
		expect(utc(localToUtc('2026-07-01T12:00', 'Europe/London'))).toBe('2026-07-01T11:00:00.000Z');
	});

	it('handles Sydney, whose clocks move forward in October and back in April', () => {
		expect(localToUtc('2026-10-04T02:30', 'Australia/Sydney')).toMatchObject({
			ok: false,
			problem: { kind: 'gap', date: '2026-10-04', from: '2:00', to: '3:00' }
		});
		// 02:30 AEDT (UTC+11) comes before 02:30 AEST (UTC+10).
		expect(utc(localToUtc('2026-04-05T02:30', 'Australia/Sydney'))).toBe(
			'2026-04-04T15:30:00.000Z'
		);
	});

	it('reads a zone without daylight-saving time the same all year', () => {
		expect(utc(localToUtc('2026-03-08T02:30', 'Africa/Lagos'))).toBe('2026-03-08T01:30:00.000Z');
		expect(utc(localToUtc('2026-11-01T01:30', 'Africa/Lagos'))).toBe('2026-11-01T00:30:00.000Z');
		expect(utc(localToUtc('2026-03-08T02:30', 'UTC'))).toBe('2026-03-08T02:30:00.000Z');
	});

	it('gives an event spanning a clock change its real length', () => {
		// 00:00 to 04:00 on the night New York springs forward lasts three hours…
		const start = utc(localToUtc('2026-03-08T00:00', 'America/New_York'));
		const end = utc(localToUtc('2026-03-08T04:00', 'America/New_York'));
		expect(hours(start, end)).toBe(3);
		// …and five on the night it falls back.
		const autumnStart = utc(localToUtc('2026-11-01T00:00', 'America/New_York'));
		const autumnEnd = utc(localToUtc('2026-11-01T04:00', 'America/New_York'));
		expect(hours(autumnStart, autumnEnd)).toBe(5);
	});

	it('shows a stored instant as the wall time of the zone, and round-trips', () => {
		expect(utcToLocal('2026-03-08T07:30:00.000Z', 'America/New_York')).toBe('2026-03-08T03:30');
		expect(utcToLocal('2026-11-01T05:30:00.000Z', 'America/New_York')).toBe('2026-11-01T01:30');
		expect(utcToLocal('2026-04-04T15:30:00.000Z', 'Australia/Sydney')).toBe('2026-04-05T02:30');
		for (const [local, zone] of [
			['2026-10-25T01:30', 'Europe/London'],
			['2026-06-15T18:45', 'Africa/Lagos'],
			['2026-12-31T23:59', 'Australia/Sydney']
		] as const) {
			expect(utcToLocal(utc(localToUtc(local, zone)), zone)).toBe(local);
		}
	});

	it('refuses unknown zones and malformed or impossible times', () => {
		expect(isTimeZone('UTC')).toBe(true);
		expect(isTimeZone('Africa/Lagos')).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
		expect(timeZoneNames()).toContain('UTC');
		expect(localToUtc('2026-03-08T09:30', 'Mars/Olympus')).toEqual({
			ok: false,
			problem: { kind: 'zone' }
		});
		for (const bad of ['2026-02-30T09:00', '2026-03-08 09:30', 'tomorrow', '2026-03-08T24:00']) {
			expect(localToUtc(bad, 'UTC')).toEqual({ ok: false, problem: { kind: 'format' } });
		}
	});
});
