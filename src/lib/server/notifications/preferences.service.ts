import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database, NotificationDelivery } from '../db/database.ts';
import { parseInput } from '../http/query.ts';
import { notificationOwner } from './notifications.policy.ts';
import { presentPreference, type PreferenceRow } from './notifications.presenter.ts';
import type { NotificationsContext } from './notifications.service.ts';
import {
	defaultDelivery,
	NOTIFICATION_KINDS,
	type NotificationKind
} from './notification-kinds.ts';
import {
	findPreferences,
	findPreferencesForKind,
	refilePendingDigestItems,
	upsertPreferences
} from './preferences.repository.ts';
import { preferencesInputSchema } from './preferences.schema.ts';

/**
 * Email choices, per kind of notification: immediately, in a daily or weekly digest, or never.
 * Notifications always appear in the app; the choice is about email only.
 *
 * A change applies to what happens next. Notifications of the kind still waiting for a digest
 * follow a new digest choice (daily ↔ weekly) or are dropped from email (`off`); switching to
 * `immediate` leaves them in the digest they were waiting for, so nothing is sent twice and
 * nothing is lost. Notifications already emailed are never sent again.
 */

const KINDS = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

/** The reader's choice for every kind, in the order kinds are declared. */
export async function getPreferences(context: ReadContext): Promise<PreferenceRow[]> {
	const userId = notificationOwner(context.actor);
	const chosen = await findPreferences(context.db, userId);
	return KINDS.map((kind) =>
		presentPreference(kind, chosen.get(kind) ?? defaultDelivery(kind), defaultDelivery(kind))
	);
}

/**
 * Saves the reader's choices (kinds left out keep theirs). A field naming no kind, or a
 * delivery that is not one, is a 400 naming the field.
 * @example await savePreferences(context, { 'discussion.reply': 'daily', 'discussion.thread': 'off' })
 */
export async function savePreferences(
	context: NotificationsContext,
	input: unknown
): Promise<PreferenceRow[]> {
	const userId = notificationOwner(context.actor);
	const choices = parseInput(preferencesInputSchema, input);
	await context.limiter.enforce(`notifications-write:${userId}`);
	await context.db.transaction().execute(async (trx) => {
		await setEmailDeliveries(
			trx,
			userId,
			KINDS.flatMap((kind) => {
				const delivery = choices[kind];
				return delivery ? [{ kind, delivery }] : [];
			})
		);
	});
	return getPreferences(context);
}

/**
 * Stores choices and re-files the notifications waiting for a digest (see above). Call it in
 * the caller's transaction.
 */
export async function setEmailDeliveries(
	db: Kysely<Database>,
	userId: number,
	choices: { kind: NotificationKind; delivery: NotificationDelivery }[]
): Promise<void> {
	await upsertPreferences(db, userId, choices);
	for (const { kind, delivery } of choices) {
		if (delivery !== 'immediate') await refilePendingDigestItems(db, userId, kind, delivery);
	}
}

/** What each of these people gets for a kind: their choice, or the kind's default. */
export async function deliveriesFor(
	db: Kysely<Database>,
	userIds: number[],
	kind: NotificationKind
): Promise<Map<number, NotificationDelivery>> {
	const chosen = await findPreferencesForKind(db, userIds, kind);
	return new Map(userIds.map((id) => [id, chosen.get(id) ?? defaultDelivery(kind)]));
}
