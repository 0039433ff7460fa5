import type { Kysely } from 'kysely';
import type { Database, Row } from '../db/database.ts';
import { dialectOf } from '../db/dialects/index.ts';

/** Registrations for events, their waitlists and reminders: the only SQL of the module. */

type Db = Kysely<Database>;
export type RegistrationRow = Row<'event_registrations'>;
export type RegistrationStatus = RegistrationRow['status'];
export type EventRow = Row<'events'>;

/**
 * The event, locked for the rest of the transaction so that registrations and cancellations of
 * one event happen one after the other and the count of places stays right. PostgreSQL takes a
 * row lock (`FOR UPDATE`); SQLite needs none, since its one connection runs one transaction at a
 * time (Kysely's SQLite driver holds the connection for the whole transaction).
 */
export async function lockEvent(
	trx: Db,
	where: { slug: string } | { id: number }
): Promise<EventRow | undefined> {
	let query = trx.selectFrom('events').selectAll();
	query = 'slug' in where ? query.where('slug', '=', where.slug) : query.where('id', '=', where.id);
	if (dialectOf(trx) === 'postgres') query = query.forUpdate();
	return query.executeTakeFirst();
}

export async function findEventById(db: Db, id: number): Promise<EventRow | undefined> {
	return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findRegistration(
	db: Db,
	eventId: number,
	userId: number
): Promise<RegistrationRow | undefined> {
	return db
		.selectFrom('event_registrations')
		.selectAll()
		.where('event_id', '=', eventId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
}

export async function findRegistrationByTokenHash(
	db: Db,
	tokenHash: string
): Promise<RegistrationRow | undefined> {
	return db
		.selectFrom('event_registrations')
		.selectAll()
		.where('cancel_token_hash', '=', tokenHash)
		.executeTakeFirst();
}

export interface RegistrationCounts {
	registered: number;
	waitlisted: number;
	cancelled: number;
}

export async function countRegistrations(db: Db, eventId: number): Promise<RegistrationCounts> {
	const rows = await db
		.selectFrom('event_registrations')
		.select(['status', (eb) => eb.fn.countAll<number>().as('count')])
		.where('event_id', '=', eventId)
		.groupBy('status')
		.execute();
	const counts: RegistrationCounts = { registered: 0, waitlisted: 0, cancelled: 0 };
	for (const row of rows) counts[row.status] = Number(row.count);
	return counts;
}

export async function insertRegistration(
	trx: Db,
	row: {
		eventId: number;
		userId: number;
		status: 'registered' | 'waitlisted';
		at: string;
		tokenHash: string;
	}
): Promise<RegistrationRow> {
	return trx
		.insertInto('event_registrations')
		.values({
			event_id: row.eventId,
			user_id: row.userId,
			status: row.status,
			requested_at: row.at,
			updated_at: row.at,
			cancel_token_hash: row.tokenHash
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}

/** A cancelled registration asked for again: it starts over, at the end of the queue. */
export async function reviveRegistration(
	trx: Db,
	id: number,
	change: { status: 'registered' | 'waitlisted'; at: string; tokenHash: string }
): Promise<RegistrationRow> {
	return trx
		.updateTable('event_registrations')
		.set({
			status: change.status,
			requested_at: change.at,
			updated_at: change.at,
			promoted_at: null,
			cancelled_at: null,
			reminded_at: null,
			cancel_token_hash: change.tokenHash
		})
		.where('id', '=', id)
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function markCancelled(trx: Db, id: number, at: string): Promise<void> {
	await trx
		.updateTable('event_registrations')
		.set({ status: 'cancelled', cancelled_at: at, updated_at: at })
		.where('id', '=', id)
		.execute();
}

/** The first `limit` people of the waitlist, in the order they asked. */
export async function findWaitlistHead(
	trx: Db,
	eventId: number,
	limit?: number
): Promise<RegistrationRow[]> {
	let query = trx
		.selectFrom('event_registrations')
		.selectAll()
		.where('event_id', '=', eventId)
		.where('status', '=', 'waitlisted')
		.orderBy('requested_at')
		.orderBy('id');
	if (limit !== undefined) query = query.limit(limit);
	return query.execute();
}

/** A waitlisted person gets a place; the new token replaces the one of the waitlist email. */
export async function markPromoted(
	trx: Db,
	id: number,
	change: { at: string; tokenHash: string }
): Promise<void> {
	await trx
		.updateTable('event_registrations')
		.set({
			status: 'registered',
			promoted_at: change.at,
			updated_at: change.at,
			cancel_token_hash: change.tokenHash
		})
		.where('id', '=', id)
		.where('status', '=', 'waitlisted')
		.execute();
}

/** 1 for the first in line: how many waitlisted people asked before this one, plus one. */
export async function waitlistPosition(db: Db, registration: RegistrationRow): Promise<number> {
	const row = await db
		.selectFrom('event_registrations')
		.select((eb) => eb.fn.countAll<number>().as('ahead'))
		.where('event_id', '=', registration.event_id)
		.where('status', '=', 'waitlisted')
		.where((eb) =>
			eb.or([
				eb('requested_at', '<', registration.requested_at),
				eb.and([eb('requested_at', '=', registration.requested_at), eb('id', '<', registration.id)])
			])
		)
		.executeTakeFirstOrThrow();
	return Number(row.ahead) + 1;
}

export interface Recipient {
	email: string;
	name: string;
}

export async function findRecipient(db: Db, userId: number): Promise<Recipient> {
	const row = await db
		.selectFrom('users')
		.select(['email', 'display_name'])
		.where('id', '=', userId)
		.executeTakeFirstOrThrow();
	return { email: row.email, name: row.display_name };
}

/** Everyone who ever asked for a place at the event, with their account's name and email. */
export async function findAttendeeRows(db: Db, eventId: number) {
	return db
		.selectFrom('event_registrations as r')
		.innerJoin('users as u', 'u.id', 'r.user_id')
		.select([
			'r.id',
			'r.user_id',
			'r.status',
			'r.requested_at',
			'r.promoted_at',
			'r.cancelled_at',
			'u.display_name',
			'u.email'
		])
		.where('r.event_id', '=', eventId)
		.orderBy('r.requested_at')
		.orderBy('r.id')
		.execute();
}

/** The organizations each person is an active member or editor of, by name. */
export async function findOrganizationsOfUsers(
	db: Db,
	userIds: number[]
): Promise<Map<number, string[]>> {
	const byUser = new Map<number, string[]>();
	if (userIds.length === 0) return byUser;
	const rows = await db
		.selectFrom('organization_memberships as m')
		.innerJoin('organizations as o', 'o.id', 'm.organization_id')
		.select(['m.user_id', 'o.name'])
		.where('m.user_id', 'in', userIds)
		.where('m.status', '=', 'active')
		.orderBy('o.name')
		.execute();
	for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.name]);
	return byUser;
}

/**
 * Registrations due a reminder: a place (not the waitlist), no reminder yet, at a scheduled event
 * that starts after `now` and no later than `until`.
 */
export async function findDueReminderIds(db: Db, now: string, until: string): Promise<number[]> {
	const rows = await db
		.selectFrom('event_registrations as r')
		.innerJoin('events as e', 'e.id', 'r.event_id')
		.select('r.id')
		.where('r.status', '=', 'registered')
		.where('r.reminded_at', 'is', null)
		.where('e.status', '=', 'scheduled')
		.where('e.starts_at', '>', now)
		.where('e.starts_at', '<=', until)
		.orderBy('r.id')
		.execute();
	return rows.map((row) => row.id);
}

/**
 * Marks the reminders sent and answers the rows this call took: a concurrent run that took a
 * row first makes it drop out here (`reminded_at` is no longer null), so each is sent once.
 */
export async function claimReminders(
	trx: Db,
	ids: number[],
	at: string
): Promise<{ id: number; event_id: number; user_id: number }[]> {
	if (ids.length === 0) return [];
	return trx
		.updateTable('event_registrations')
		.set({ reminded_at: at })
		.where('reminded_at', 'is', null)
		.where('status', '=', 'registered')
		.where('id', 'in', ids)
		.returning(['id', 'event_id', 'user_id'])
		.execute();
}

export async function findEventsByIds(db: Db, ids: number[]): Promise<EventRow[]> {
	if (ids.length === 0) return [];
	return db.selectFrom('events').selectAll().where('id', 'in', ids).execute();
}

export async function findRecipients(db: Db, userIds: number[]): Promise<Map<number, Recipient>> {
	const byUser = new Map<number, Recipient>();
	if (userIds.length === 0) return byUser;
	const rows = await db
		.selectFrom('users')
		.select(['id', 'email', 'display_name'])
		.where('id', 'in', userIds)
		.execute();
	for (const row of rows) byUser.set(row.id, { email: row.email, name: row.display_name });
	return byUser;
}
