import { z } from 'zod';
import { defineJob } from '../jobs/job.ts';
import { sendDigests } from './digests.service.ts';

/**
 * The digest jobs, on a timetable (UTC): daily at 07:00, weekly on Mondays at 07:00. A run takes
 * no input; one started by hand (or a retry) does the same work, and a second run right after
 * finds nothing waiting.
 */
const noPayload = z.object({}).strict();

export const dailyDigest = defineJob({
	id: 'notifications.digest-daily',
	payload: noPayload,
	cron: '0 7 * * *',
	summary: () => 'daily notification digests',
	handler: async (_payload, services) => {
		await sendDigests(services, 'daily');
	}
});

export const weeklyDigest = defineJob({
	id: 'notifications.digest-weekly',
	payload: noPayload,
	cron: '0 7 * * 1',
	summary: () => 'weekly notification digests',
	handler: async (_payload, services) => {
		await sendDigests(services, 'weekly');
	}
});
