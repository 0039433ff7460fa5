import { describe, expect, it } from 'vitest';
import {
	closedByReason,
	conversionByStage,
	daysSince,
	furthestRank,
	isStale,
	mainNextStage,
	STALE_AFTER_DAYS,
	type ConnectionPath
} from './pipeline-board.rules.ts';

const path = (
	connectionId: number,
	stage: ConnectionPath['stage'],
	stages: string[] = []
): ConnectionPath => ({ connectionId, stage, stages });

describe('the age of a card', () => {
	const now = new Date('2026-01-15T12:00:00Z');

	it('counts whole days since the card entered its stage', () => {
		expect(daysSince('2026-01-15T08:00:00Z', now)).toBe(0);
		expect(daysSince('2026-01-14T12:00:00Z', now)).toBe(1);
		expect(daysSince('2026-01-01T11:00:00Z', now)).toBe(14);
		expect(daysSince('2026-02-01T00:00:00Z', now)).toBe(0);
		expect(daysSince('not a date', now)).toBe(0);
	});

	it('is stale past 14 days, at a stage it can still leave', () => {
		expect(STALE_AFTER_DAYS).toBe(14);
		expect(isStale('introduced', 14)).toBe(false);
		expect(isStale('introduced', 15)).toBe(true);
		expect(isStale('pilot-launched', 90)).toBe(false);
		expect(isStale('closed', 90)).toBe(false);
	});

	it('moves on to the next open stage with the quick move', () => {
		expect(mainNextStage('suggested')).toBe('introduction-requested');
		expect(mainNextStage('agreement')).toBe('pilot-launched');
		expect(mainNextStage('pilot-launched')).toBeNull();
		expect(mainNextStage('closed')).toBeNull();
	});
});

describe('the conversion figures', () => {
	it('counts creation as reaching the first stage, and every earlier stage as passed', () => {
		// Created at "introduction requested" by a requester: it passed "suggested" too.
		expect(furthestRank(path(1, 'introduction-requested', ['introduction-requested']))).toBe(1);
		// Introduced directly from "suggested", then closed: it reached "introduced".
		expect(
			furthestRank(path(2, 'closed', ['suggested', 'introduced', 'closed', 'suggested']))
		).toBe(2);
		// No transitions on record (older rows): where it is now.
		expect(furthestRank(path(3, 'in-dialogue'))).toBe(3);
		expect(furthestRank(path(4, 'closed'))).toBe(0);
	});

	it('gives reached, moved on and the share per stage', () => {
		const figures = conversionByStage([
			path(1, 'suggested', ['suggested']),
			path(2, 'introduction-requested', ['introduction-requested']),
			path(3, 'introduced', ['suggested', 'introduced']),
			path(4, 'closed', ['suggested', 'introduction-requested', 'closed']),
			path(5, 'pilot-launched', ['agreement', 'pilot-launched', 'in-dialogue', 'introduced'])
		]);
		expect(
			figures.map(({ stage, reached, movedOn, percent }) => [stage, reached, movedOn, percent])
		).toEqual([
			['suggested', 5, 4, 80],
			['introduction-requested', 4, 2, 50],
			['introduced', 2, 1, 50],
			['in-dialogue', 1, 1, 100],
			['agreement', 1, 1, 100],
			['pilot-launched', 1, null, null]
		]);
	});

	it('rounds shares to whole percentages and leaves them out when nothing reached a stage', () => {
		const figures = conversionByStage([
			path(1, 'introduced'),
			path(2, 'suggested'),
			path(3, 'suggested')
		]);
		expect(figures[0]).toEqual({ stage: 'suggested', reached: 3, movedOn: 1, percent: 33 });
		expect(figures[3]).toEqual({ stage: 'in-dialogue', reached: 0, movedOn: 0, percent: null });
		expect(conversionByStage([]).every((figure) => figure.reached === 0)).toBe(true);
	});
});

describe('closed connections by reason', () => {
	it('lists every reason, counts unknown ones apart', () => {
		const counts = closedByReason(['no-funding', 'no-funding', 'duplicate', null, 'made-up']);
		expect(counts.find((count) => count.reason === 'no-funding')?.count).toBe(2);
		expect(counts.find((count) => count.reason === 'duplicate')?.count).toBe(1);
		expect(counts.find((count) => count.reason === 'other')?.count).toBe(0);
		expect(counts.at(-1)).toEqual({ reason: 'unknown', count: 2 });
		expect(closedByReason([]).some((count) => count.reason === 'unknown')).toBe(false);
	});
});
