import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import type { NotificationEvent, Notify } from '../notifications/notification-events.ts';
import { addMember, makePerson } from '../solutions/solution-translations.fixtures.ts';
import type { ClusterContext } from './cluster-context.ts';

/**
 * Test helpers of the cluster tests: people who edit demo organizations, a `notify` that records
 * what it is told, and the writing context.
 */

export const KOIDU = 'koidu-new-sembehun-city-council';

export async function organizationId(db: Kysely<Database>, slug: string): Promise<number> {
	const row = await db
		.selectFrom('organizations')
		.select('id')
		.where('slug', '=', slug)
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function clusterId(db: Kysely<Database>, slug: string): Promise<number> {
	const row = await db
		.selectFrom('clusters')
		.select('id')
		.where('slug', '=', slug)
		.executeTakeFirstOrThrow();
	return row.id;
}

/** A new person who is an active editor (or member) of a demo organization. */
export async function personOf(
	db: Kysely<Database>,
	organizationSlug: string,
	role: 'editor' | 'member' = 'editor'
): Promise<Actor & { kind: 'user' }> {
	const person = await makePerson(db);
	await addMember(db, await organizationId(db, organizationSlug), person, role);
	return person;
}

/** A `notify` that keeps the events, in order. */
export function recordingNotify(): Notify & { events: NotificationEvent[] } {
	const events: NotificationEvent[] = [];
	const notify = async (_db: Kysely<Database>, event: NotificationEvent) => {
		events.push(event);
	};
	return Object.assign(notify, { events });
}

export const unlimited = { enforce: async () => {} };

export function writeContext(
	db: Kysely<Database>,
	actor: Actor,
	notify: Notify = recordingNotify()
): ClusterContext {
	return { db, actor, locale: 'en', notify, origin: 'https://galaxy.test', limiter: unlimited };
}
