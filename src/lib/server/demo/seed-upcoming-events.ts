import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { seedEvent } from './seed-webinar.ts';
import { upcomingDemoEvents } from './upcoming-events.data.ts';

/** The upcoming demo events, dated from `now`, each written like the seed webinar. */
export async function seedUpcomingEvents(
	trx: Kysely<Database>,
	links: Parameters<typeof seedEvent>[2],
	now: Date
): Promise<void> {
	const timestamp = now.toISOString();
	for (const event of upcomingDemoEvents(now)) await seedEvent(trx, event, links, timestamp);
}
