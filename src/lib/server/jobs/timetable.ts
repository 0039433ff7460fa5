import { CronExpressionParser } from 'cron-parser';

/**
 * The next time a five-field cron expression (UTC) comes due, strictly after `after`.
 * @example nextSlot('0 7 * * *', new Date('2026-03-01T08:00:00Z')) // 2026-03-02T07:00:00.000Z
 */
export function nextSlot(cron: string, after: Date): Date {
	return CronExpressionParser.parse(cron, { currentDate: after, tz: 'UTC' }).next().toDate();
}

/**
 * The id of a job's run for one slot of its timetable. The same slot always gets the same id, so
 * a process that restarts, or two that schedule at once, queue it once.
 */
export function timetableRunId(jobName: string, slot: Date): string {
	return `${TIMETABLE_PREFIX}${jobName}@${slot.toISOString()}`;
}

export const TIMETABLE_PREFIX = 'timetable:';
