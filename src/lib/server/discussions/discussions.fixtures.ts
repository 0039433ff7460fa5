import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import type { NotificationEvent, Notify } from '../notifications/notification-events.ts';
import { localAttachmentStorage } from '../solutions/solution-attachments.storage.ts';
import type { DiscussionContext } from './discussions-context.ts';

/**
 * Test data for the discussion tests on the demo database: people with unique names, members of
 * demo organizations (Koidu's council is a member of the waste-management cluster; UNOSSC
 * coordinates every cluster), and a context whose `notify` records the events.
 */

export const WASTE = 'waste-management';
export const KOIDU = 'koidu-new-sembehun-city-council';
export const UNOSSC = 'unossc';
/** A cluster none of the people below belong to, but UNOSSC's coordinators. */
export const ENERGY = 'energy';

const unique = () => randomBytes(4).toString('hex');

export type User = Actor & { kind: 'user'; name: string };

/**
 * A person, optionally an active member of an organization (`editor` of a coordinating
 * organization makes them a coordinator of its clusters).
 */
export async function makeUser(
	db: Kysely<Database>,
	name: string,
	options: {
		role?: 'member' | 'curator' | 'admin';
		organization?: string;
		organizationRole?: 'member' | 'editor';
	} = {}
): Promise<User> {
	const now = new Date().toISOString();
	const role = options.role ?? 'member';
	const displayName = `${name} ${unique()}`;
	const user = await db
		.insertInto('users')
		.values({
			email: `${displayName.replace(/\W+/g, '.').toLowerCase()}@discussions.example`,
			display_name: displayName,
			role,
			password_hash: null,
			email_verified_at: now,
			created_at: now,
			updated_at: now
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	if (options.organization) {
		const organization = await db
			.selectFrom('organizations')
			.select('id')
			.where('slug', '=', options.organization)
			.executeTakeFirstOrThrow();
		await db
			.insertInto('organization_memberships')
			.values({
				organization_id: organization.id,
				user_id: user.id,
				role: options.organizationRole ?? 'member',
				status: 'active',
				created_at: now
			})
			.execute();
	}
	return { kind: 'user', userId: Number(user.id), role, name: displayName };
}

export interface Recorder {
	events: NotificationEvent[];
	notify: Notify;
}

export function recorder(): Recorder {
	const events: NotificationEvent[] = [];
	return {
		events,
		notify: async (_db, event) => {
			events.push(event);
		}
	};
}

const unlimited = { enforce: async () => {} };

/** A writing context with no rate limit, files in a fresh temporary folder, recorded events. */
export function discussionContext(
	db: Kysely<Database>,
	actor: Actor,
	overrides: Partial<DiscussionContext> = {}
): DiscussionContext & { events: NotificationEvent[] } {
	const { events, notify } = recorder();
	return {
		db,
		actor,
		locale: 'en',
		notify,
		storage: localAttachmentStorage(mkdtempSync(join(tmpdir(), 'galaxy-discussions-'))),
		postingLimiters: [unlimited],
		writeLimiter: unlimited,
		events,
		...overrides
	};
}
