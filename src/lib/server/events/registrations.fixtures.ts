import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { createTestQueue } from '../jobs/testing.ts';
import type { OutgoingMail } from '../mail/mail.schema.ts';
import type { RegistrationContext } from './registrations.service.ts';

/** Rows and collaborators for registration tests: unique every time, so tests share a database. */

export const ORIGIN = 'https://galaxy.example.org';
const stamp = '2026-03-02T08:00:00.000Z';
const unique = () => randomBytes(4).toString('hex');

/** A member with a confirmed address; answers their actor. */
export async function member(
	db: Kysely<Database>,
	name = 'Ana Souza',
	role: 'member' | 'curator' = 'member'
): Promise<Actor & { kind: 'user' }> {
	const { id } = await db
		.insertInto('users')
		.values({
			email: `${name.toLowerCase().replace(/\W+/g, '-')}-${unique()}@events.example`,
			display_name: name,
			role,
			password_hash: null,
			email_verified_at: stamp,
			created_at: stamp,
			updated_at: stamp
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return { kind: 'user', userId: id, role };
}

/** A scheduled event starting at `startsAt` (one hour long), with its host organizations. */
export async function event(
	db: Kysely<Database>,
	{
		capacity = null,
		startsAt = '2026-06-01T13:00:00.000Z',
		status = 'scheduled',
		hosts = [],
		onlineUrl = 'https://meet.example.org/webinar'
	}: {
		capacity?: number | null;
		startsAt?: string;
		status?: 'scheduled' | 'cancelled';
		hosts?: number[];
		onlineUrl?: string | null;
	} = {}
): Promise<{ id: number; slug: string }> {
	const slug = `webinar-${unique()}`;
	const start = new Date(startsAt);
	const { id } = await db
		.insertInto('events')
		.values({
			slug,
			title: `Composting markets ${slug}`,
			kind: 'webinar',
			summary: 'How cities compost market waste.',
			description: 'A webinar.',
			starts_at: start.toISOString(),
			ends_at: new Date(start.getTime() + 60 * 60 * 1000).toISOString(),
			time_zone: 'America/New_York',
			online_url: onlineUrl,
			venue: null,
			capacity,
			status,
			created_at: stamp,
			updated_at: stamp
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	for (const [position, organizationId] of hosts.entries()) {
		await db
			.insertInto('event_organizations')
			.values({ event_id: id, organization_id: organizationId, role: 'organizer', position })
			.execute();
	}
	return { id, slug };
}

/** An organization whose active editor (or member) is the given user. */
export async function organizationOf(
	db: Kysely<Database>,
	userId: number,
	role: 'member' | 'editor' = 'editor'
): Promise<number> {
	const slug = `org-${unique()}`;
	const { id } = await db
		.insertInto('organizations')
		.values({
			slug,
			name: `City of ${slug}`,
			kind: 'city',
			description: 'A test organization.',
			created_at: stamp,
			updated_at: stamp
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await db
		.insertInto('organization_memberships')
		.values({ organization_id: id, user_id: userId, role, status: 'active', created_at: stamp })
		.execute();
	return id;
}

/** A test queue and the context of a person's registration use-cases. */
export function registrationWorld(db: () => Kysely<Database>) {
	const queue = createTestQueue();
	const context = (actor: Actor, locale = 'en'): RegistrationContext => ({
		db: db(),
		actor,
		locale,
		queue,
		origin: ORIGIN,
		limiter: { enforce: async () => {} }
	});
	let seen = 0;
	/** The emails queued since the last call. */
	const emails = (): OutgoingMail[] => {
		const jobs = queue.pending();
		const mails = jobs
			.slice(seen)
			.filter((job) => job.name === 'mail.send')
			.map((job) => job.payload as OutgoingMail);
		seen = jobs.length;
		return mails;
	};
	return { queue, context, emails };
}
