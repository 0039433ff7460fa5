import { eventReminders } from '../events/event-reminders.job.ts';
import { sendEmail } from '../mail/mail-jobs.ts';
import { dailyDigest, weeklyDigest } from '../notifications/digest-jobs.ts';
import { fanOutNotifications } from '../notifications/notify.ts';
import type { AnyJob } from './job.ts';

/**
 * Every job of the platform: each app process starts its queue with these, and `galaxy jobs:run`
 * finds them here. A module with jobs adds them to this list.
 */
export const PLATFORM_JOBS: readonly AnyJob[] = [
	sendEmail,
	fanOutNotifications,
	dailyDigest,
	weeklyDigest,
	eventReminders
];

/** A job of the platform by its id (`mail.send`). */
export function platformJob(id: string): AnyJob | undefined {
	return PLATFORM_JOBS.find((job) => job.id === id);
}
