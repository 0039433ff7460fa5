import { describe, expect, it } from 'vitest';
import { nextSlot, timetableRunId } from './timetable.ts';

describe('timetable', () => {
	it('finds the next slot of a daily expression, in UTC', () => {
		expect(nextSlot('0 7 * * *', new Date('2026-03-01T06:59:59.500Z')).toISOString()).toBe(
			'2026-03-01T07:00:00.000Z'
		);
		expect(nextSlot('0 7 * * *', new Date('2026-03-01T08:00:00Z')).toISOString()).toBe(
			'2026-03-02T07:00:00.000Z'
		);
	});

	it('takes the slot strictly after the given instant', () => {
		expect(nextSlot('0 7 * * *', new Date('2026-03-01T07:00:00.000Z')).toISOString()).toBe(
			'2026-03-02T07:00:00.000Z'
		);
	});

	it('names a slot the same way every time', () => {
		const slot = new Date('2026-03-02T07:00:00Z');
		expect(timetableRunId('digests.daily', slot)).toBe(
			timetableRunId('digests.daily', new Date(slot))
		);
		expect(timetableRunId('digests.daily', slot)).not.toBe(timetableRunId('digests.weekly', slot));
	});

	it('refuses an expression that is not cron', () => {
		expect(() => nextSlot('every morning', new Date())).toThrow();
	});
});
