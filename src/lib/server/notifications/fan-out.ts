import type { JobServices } from '../jobs/job.ts';
import type { NotificationEvent } from './notification-events.ts';

// Scaffold: the notifications helper replaces this with the real fan-out.
export async function fanOut(_services: JobServices, event: NotificationEvent): Promise<void> {
	throw new Error(`fan-out of ${event.kind} is not written yet`);
}
