import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { conflict, forbidden, notFound, unauthenticated } from '../http/errors.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import type { Actor } from '../identity/actor.ts';
import { hashSecret, newSecret } from '../identity/secrets.ts';
import type { JobQueue } from '../jobs/job.ts';
import { sendEmail } from '../mail/mail-jobs.ts';
import { canReadEvents, canRegister, mayManageEvent } from './events.policy.ts';
import { findEventBySlug } from './events.repository.ts';
import { cancelLinkFor, registrationEmail } from './registration-emails.ts';
import {
	presentAttendeeList,
	presentPanel,
	type AttendeeList,
	type ClosedReason,
	type RegistrationPanel,
	type RegistrationState
} from './registrations.presenter.ts';
import {
	countRegistrations,
	findAttendeeRows,
	findEventById,
	findOrganizationsOfUsers,
	findRecipient,
	findRegistration,
	findRegistrationByTokenHash,
	findWaitlistHead,
	insertRegistration,
	lockEvent,
	markCancelled,
	markPromoted,
	reviveRegistration,
	waitlistPosition,
	type EventRow,
	type RegistrationRow
} from './registrations.repository.ts';

/**
 * Registration for events. An event may limit its places (`capacity`); who comes later waits in
 * line and gets a place, in the order they asked, as soon as one is free. Every change locks the
 * event first (see `lockEvent`), so concurrent registrations and cancellations of one event run one
 * after the other and never give away more places than there are.
 *
 * Registering again while registered or waitlisted is a 409: the page and the API both show it as
 * "already registered" rather than pretending to register twice. Cancelling is idempotent.
 */

/** What sending the registration emails needs: the job queue and the site's public address. */
export interface MailingContext {
	db: Kysely<Database>;
	queue: JobQueue;
	origin: string;
}

/** The writing use-cases of a signed-in person: also their language and their write budget. */
export interface RegistrationContext extends ReadContext, MailingContext {
	limiter: Pick<RateLimiter, 'enforce'>;
}

interface Clock {
	now?: Date;
}

/** Why people may not register now, or null while they may. */
function closedReason(event: EventRow, now: Date): ClosedReason | null {
	if (event.status === 'cancelled') return 'cancelled';
	if (new Date(event.starts_at).getTime() <= now.getTime()) return 'started';
	return null;
}

const CLOSED_MESSAGE: Record<ClosedReason, string> = {
	cancelled: 'Registration is closed: this event was cancelled.',
	started: 'Registration is closed: this event has already started.'
};

function registrantOf(actor: Actor): number {
	if (canRegister(actor)) return actor.userId;
	if (actor.kind === 'visitor') throw unauthenticated('Sign in to register for events.');
	throw forbidden('Only people with an account can register for events.');
}

/** A new cancel token: the link carries it, the database keeps its SHA-256. */
function newCancelToken() {
	const token = newSecret();
	return { token, hash: hashSecret(token) };
}

/**
 * Gives free places to the people waiting, first come first served, and emails each "You have a
 * place" with the invitation. `event` must be locked by the caller's transaction. Nobody is
 * promoted once registration has closed (a place freed during the event helps no one).
 */
async function promoteIntoFreePlaces(
	trx: Kysely<Database>,
	event: EventRow,
	now: Date,
	mailing: Omit<MailingContext, 'db'>
): Promise<number[]> {
	if (closedReason(event, now) !== null) return [];
	const counts = await countRegistrations(trx, event.id);
	if (counts.waitlisted === 0) return [];
	const free = event.capacity === null ? undefined : event.capacity - counts.registered;
	if (free !== undefined && free <= 0) return [];
	const promoted = await findWaitlistHead(trx, event.id, free);
	const at = now.toISOString();
	for (const registration of promoted) {
		const { token, hash } = newCancelToken();
		await markPromoted(trx, registration.id, { at, tokenHash: hash });
		const recipient = await findRecipient(trx, registration.user_id);
		await mailing.queue.enqueue(
			trx,
			sendEmail,
			registrationEmail(recipient, event, 'promoted', {
				origin: mailing.origin,
				locale: 'en',
				cancelLink: cancelLinkFor(mailing.origin, event.slug, token)
			})
		);
	}
	return promoted.map((registration) => registration.id);
}

/**
 * Promotes as many waitlisted people as there are free places, e.g. after an organizer raised the
 * capacity. Call it inside the transaction of that change; answers the promoted registrations' ids.
 * @example await fillFreedPlaces(trx, event.id, new Date(), jobQueue(), origin)
 */
export async function fillFreedPlaces(
	trx: Kysely<Database>,
	eventId: number,
	now: Date,
	queue: JobQueue,
	origin: string
): Promise<number[]> {
	const event = await lockEvent(trx, { id: eventId });
	if (!event) throw notFound('event');
	return promoteIntoFreePlaces(trx, event, now, { queue, origin });
}

async function stateOf(
	db: Kysely<Database>,
	registration: RegistrationRow | undefined
): Promise<RegistrationState> {
	if (!registration || registration.status === 'cancelled')
		return { state: 'none', position: null };
	if (registration.status === 'registered') return { state: 'registered', position: null };
	return { state: 'waitlisted', position: await waitlistPosition(db, registration) };
}

/**
 * Asks for a place at an event: a place while there are free ones (and nobody waits for them),
 * the end of the waitlist otherwise. Sends the confirmation ("You are registered", with the
 * invitation; or "You are on the waitlist, position N"), with a link to cancel.
 * @example await register(context, 'urban-waste-webinar') // { state: 'waitlisted', position: 3 }
 */
export async function register(
	context: RegistrationContext,
	slug: string,
	{ now = new Date() }: Clock = {}
): Promise<RegistrationState> {
	const userId = registrantOf(context.actor);
	await context.limiter.enforce(`event-registration:${userId}`);
	return context.db.transaction().execute(async (trx) => {
		const event = await lockEvent(trx, { slug });
		if (!event) throw notFound('event');
		const closed = closedReason(event, now);
		if (closed) throw conflict(CLOSED_MESSAGE[closed]);
		const existing = await findRegistration(trx, event.id, userId);
		if (existing?.status === 'registered') {
			throw conflict('You are already registered for this event.');
		}
		if (existing?.status === 'waitlisted') {
			throw conflict('You are already registered: you are on the waitlist for this event.');
		}
		// Places freed but not yet given (a capacity raised) go to those already waiting first.
		await promoteIntoFreePlaces(trx, event, now, context);
		const counts = await countRegistrations(trx, event.id);
		const status =
			event.capacity === null || counts.registered < event.capacity ? 'registered' : 'waitlisted';
		const { token, hash } = newCancelToken();
		const at = now.toISOString();
		const registration = existing
			? await reviveRegistration(trx, existing.id, { status, at, tokenHash: hash })
			: await insertRegistration(trx, { eventId: event.id, userId, status, at, tokenHash: hash });
		const state = await stateOf(trx, registration);
		await context.queue.enqueue(
			trx,
			sendEmail,
			registrationEmail(await findRecipient(trx, userId), event, status, {
				origin: context.origin,
				locale: context.locale,
				cancelLink: cancelLinkFor(context.origin, event.slug, token),
				position: state.position ?? undefined
			})
		);
		return state;
	});
}

/** Gives up a registration (locked event), promoting the next in line when a place was freed. */
async function cancelRegistration(
	trx: Kysely<Database>,
	event: EventRow,
	registration: RegistrationRow | undefined,
	now: Date,
	mailing: Omit<MailingContext, 'db'>
): Promise<void> {
	if (!registration || registration.status === 'cancelled') return;
	await markCancelled(trx, registration.id, now.toISOString());
	if (registration.status === 'registered') await promoteIntoFreePlaces(trx, event, now, mailing);
}

/**
 * The signed-in person gives up their place or leaves the waitlist; cancelling again, or without
 * a registration, changes nothing. Answers the new state (`none`).
 */
export async function cancel(
	context: RegistrationContext,
	slug: string,
	{ now = new Date() }: Clock = {}
): Promise<RegistrationState> {
	const userId = registrantOf(context.actor);
	await context.limiter.enforce(`event-registration:${userId}`);
	return context.db.transaction().execute(async (trx) => {
		const event = await lockEvent(trx, { slug });
		if (!event) throw notFound('event');
		const registration = await findRegistration(trx, event.id, userId);
		await cancelRegistration(trx, event, registration, now, context);
		return { state: 'none', position: null };
	});
}

/** What the cancel link's page shows before the person confirms. */
export interface Cancellation {
	event: { slug: string; title: string; startsAt: string; endsAt: string; timeZone: string };
	status: RegistrationRow['status'];
}

/** The registration of a cancel token and its event (locked when `lock` is set). */
async function registrationOfToken(
	db: Kysely<Database>,
	token: string,
	{ slug, lock }: { slug: string | undefined; lock: boolean }
): Promise<{ registration: RegistrationRow; event: EventRow }> {
	const registration =
		token.length > 0 && token.length <= 200
			? await findRegistrationByTokenHash(db, hashSecret(token))
			: undefined;
	const eventId = registration?.event_id;
	const event =
		eventId === undefined
			? undefined
			: lock
				? await lockEvent(db, { id: eventId })
				: await findEventById(db, eventId);
	if (!registration || !event || (slug !== undefined && event.slug !== slug)) {
		throw notFound('registration');
	}
	return { registration, event };
}

/**
 * The registration an email's cancel link points to (no session needed: the token is the
 * proof). An unknown or replaced token is `not_found`.
 */
export async function getCancellation(
	db: Kysely<Database>,
	token: string,
	slug?: string
): Promise<Cancellation> {
	const { registration, event } = await registrationOfToken(db, token, { slug, lock: false });
	return {
		event: {
			slug: event.slug,
			title: event.title,
			startsAt: event.starts_at,
			endsAt: event.ends_at,
			timeZone: event.time_zone
		},
		status: registration.status
	};
}

/**
 * Cancels the registration of an email's cancel link; idempotent. The link's token is replaced
 * when a waitlisted person is promoted (their new email carries the new one).
 * @example await cancelWithToken({ db, queue, origin }, token, { slug })
 */
export async function cancelWithToken(
	context: MailingContext,
	token: string,
	{ now = new Date(), slug }: Clock & { slug?: string } = {}
): Promise<Cancellation> {
	return context.db.transaction().execute(async (trx) => {
		const found = await registrationOfToken(trx, token, { slug, lock: true });
		// Read again under the lock: a concurrent cancellation may have changed it.
		const registration = await findRegistration(trx, found.event.id, found.registration.user_id);
		await cancelRegistration(trx, found.event, registration, now, context);
		return {
			event: {
				slug: found.event.slug,
				title: found.event.title,
				startsAt: found.event.starts_at,
				endsAt: found.event.ends_at,
				timeZone: found.event.time_zone
			},
			status: 'cancelled' as const
		};
	});
}

/** The reader's own state, for the API; visitors have none (401). */
export async function getRegistration(
	context: ReadContext,
	slug: string
): Promise<RegistrationState> {
	const userId = registrantOf(context.actor);
	const event = await findEventBySlug(context.db, slug);
	if (!event) throw notFound('event');
	return stateOf(context.db, await findRegistration(context.db, event.id, userId));
}

/**
 * What the event page shows: places taken and left, the waitlist, whether registration is open,
 * and the reader's own registration.
 */
export async function getRegistrationPanel(
	{ db, actor }: ReadContext,
	slug: string,
	{ now = new Date() }: Clock = {}
): Promise<RegistrationPanel> {
	return registrationPanelOf(db, actor, await readableEvent(db, actor, slug), now);
}

/** The panel of an event already loaded (and allowed to be read) by the caller. */
export async function registrationPanelOf(
	db: Kysely<Database>,
	actor: Actor,
	event: EventRow,
	now: Date
): Promise<RegistrationPanel> {
	const [counts, own] = await Promise.all([
		countRegistrations(db, event.id),
		canRegister(actor)
			? findRegistration(db, event.id, actor.userId).then((row) => stateOf(db, row))
			: Promise.resolve<RegistrationState>({ state: 'none', position: null })
	]);
	return presentPanel(event, counts, own, canRegister(actor), closedReason(event, now));
}

/** The registration page: the event it is about, and the panel. */
export async function getRegistrationPage(
	context: ReadContext,
	slug: string,
	clock: Clock = {}
): Promise<{ event: Cancellation['event']; panel: RegistrationPanel }> {
	const event = await readableEvent(context.db, context.actor, slug);
	const panel = await registrationPanelOf(
		context.db,
		context.actor,
		event,
		clock.now ?? new Date()
	);
	return {
		event: {
			slug: event.slug,
			title: event.title,
			startsAt: event.starts_at,
			endsAt: event.ends_at,
			timeZone: event.time_zone
		},
		panel
	};
}

async function readableEvent(db: Kysely<Database>, actor: Actor, slug: string): Promise<EventRow> {
	if (!canReadEvents(actor)) throw forbidden();
	const event = await findEventBySlug(db, slug);
	if (!event) throw notFound('event');
	return event;
}

async function managedEvent(context: ReadContext, slug: string): Promise<EventRow> {
	if (context.actor.kind === 'visitor') throw unauthenticated();
	const event = await findEventBySlug(context.db, slug);
	if (!event) throw notFound('event');
	if (!(await mayManageEvent(context.db, context.actor, event.id))) throw forbidden();
	return event;
}

/**
 * Who registered, who waits and who cancelled, with their email and organizations: for the
 * event's organizers (editors of a hosting organization) and curators.
 */
export async function getAttendees(context: ReadContext, slug: string): Promise<AttendeeList> {
	const event = await managedEvent(context, slug);
	const [rows, counts] = await Promise.all([
		findAttendeeRows(context.db, event.id),
		countRegistrations(context.db, event.id)
	]);
	const organizations = await findOrganizationsOfUsers(
		context.db,
		rows.map((row) => row.user_id)
	);
	let waiting = 0;
	const attendees = rows.map((row) => ({
		name: row.display_name,
		email: row.email,
		organizations: organizations.get(row.user_id) ?? [],
		status: row.status,
		requestedAt: row.requested_at,
		promotedAt: row.promoted_at,
		cancelledAt: row.cancelled_at,
		position: row.status === 'waitlisted' ? ++waiting : null
	}));
	return presentAttendeeList(event, counts, attendees);
}

/**
 * The attendee list for the CSV download; the export of personal data is written to the audit
 * log.
 */
export async function exportAttendees(
	context: ReadContext,
	slug: string,
	{ now = new Date() }: Clock = {}
): Promise<AttendeeList> {
	const list = await getAttendees(context, slug);
	const event = await findEventBySlug(context.db, slug);
	await recordAudit(context.db, {
		at: now.toISOString(),
		actorUserId: context.actor.kind === 'user' ? context.actor.userId : null,
		action: 'event.attendees-exported',
		subjectType: 'event',
		subjectId: event?.id,
		details: { slug, rows: list.registered.length + list.waitlisted.length + list.cancelled.length }
	});
	return list;
}
