import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { createTestQueue } from '../jobs/testing.ts';
import { sendEmail } from '../mail/mail-jobs.ts';
import type { Mailer } from '../mail/mail.service.ts';
import type { OutgoingMail } from '../mail/mail.schema.ts';
import type { NotificationEvent } from './notification-events.ts';

/** Rows and collaborators for notification tests: unique every time, so tests share a database. */

export const ORIGIN = 'https://galaxy.example.org';

const unique = () => randomBytes(4).toString('hex');
const stamp = '2026-03-02T08:00:00.000Z';

/** A person with a confirmed address (unless told otherwise); answers their actor. */
export async function person(
	db: Kysely<Database>,
	name: string,
	{ verified = true }: { verified?: boolean } = {}
): Promise<Actor & { kind: 'user' }> {
	const { id } = await db
		.insertInto('users')
		.values({
			email: `${name.toLowerCase().replace(/\W+/g, '-')}-${unique()}@notifications.example`,
			display_name: name,
			role: 'member',
			password_hash: null,
			email_verified_at: verified ? stamp : null,
			created_at: stamp,
			updated_at: stamp
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return { kind: 'user', userId: id, role: 'member' };
}

export async function emailOf(db: Kysely<Database>, userId: number): Promise<string> {
	const row = await db
		.selectFrom('users')
		.select('email')
		.where('id', '=', userId)
		.executeTakeFirstOrThrow();
	return row.email;
}

/** An organization with its people: `editor` and `member` roles, active unless said. */
export async function organization(
	db: Kysely<Database>,
	people: { userId: number; role: 'member' | 'editor'; status?: 'active' | 'requested' }[]
): Promise<number> {
	const slug = `org-${unique()}`;
	const { id } = await db
		.insertInto('organizations')
		.values({
			slug,
			name: `Organization ${slug}`,
			kind: 'city',
			description: 'A test organization.',
			created_at: stamp,
			updated_at: stamp
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	for (const { userId, role, status = 'active' } of people) {
		await db
			.insertInto('organization_memberships')
			.values({ organization_id: id, user_id: userId, role, status, created_at: stamp })
			.execute();
	}
	return id;
}

/** A cluster with organizations in it, each with its role and status. */
export async function cluster(
	db: Kysely<Database>,
	name: string,
	organizations: {
		id: number;
		role: 'member' | 'coordinator';
		status?: 'active' | 'requested' | 'declined';
	}[] = []
): Promise<number> {
	const slug = `cluster-${unique()}`;
	const { id } = await db
		.insertInto('clusters')
		.values({
			slug,
			name,
			theme: 'waste',
			description: 'A test cluster.',
			created_at: stamp,
			updated_at: stamp
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	for (const organization of organizations) {
		await db
			.insertInto('cluster_memberships')
			.values({
				cluster_id: id,
				organization_id: organization.id,
				role: organization.role,
				status: organization.status ?? 'active',
				statement: null,
				created_at: stamp
			})
			.execute();
	}
	return id;
}

export async function follow(
	db: Kysely<Database>,
	userId: number,
	kind: 'cluster' | 'thread',
	id: number
): Promise<void> {
	await db
		.insertInto('follows')
		.values({ user_id: userId, target_kind: kind, target_id: id, created_at: stamp })
		.execute();
}

/** An event about a post in a thread; its audience and the rest as the test says. */
export function replyEvent(overrides: Partial<NotificationEvent> = {}): NotificationEvent {
	return {
		kind: 'discussion.reply',
		actorUserId: null,
		clusterId: null,
		subject: { kind: 'post', id: 1 },
		title: `Market composting ${unique()}`,
		excerpt: 'We cover the piles with palm leaves.',
		link: '/clusters/waste/discussions/1#post-1',
		audience: {},
		...overrides
	};
}

/** A mailer that keeps what it is asked to send. */
export function recordingMailer(): Mailer & { sent: OutgoingMail[] } {
	const sent: OutgoingMail[] = [];
	return {
		sent,
		async send(message) {
			sent.push(message);
		}
	};
}

/**
 * A test queue and the services its jobs run with: a clock the test moves, a recording mailer.
 * `emails()` answers the emails queued so far (not yet sent).
 */
export function jobWorld(db: Kysely<Database>, start = new Date('2026-03-02T09:00:00.000Z')) {
	const queue = createTestQueue();
	const mailer = recordingMailer();
	let now = start;
	const services = { db, queue, mailer, origin: ORIGIN, now: () => now };
	return {
		queue,
		mailer,
		services,
		setNow(at: Date) {
			now = at;
		},
		emails(): OutgoingMail[] {
			return queue
				.pending()
				.filter((job) => job.name === sendEmail.id)
				.map((job) => job.payload as OutgoingMail);
		}
	};
}
