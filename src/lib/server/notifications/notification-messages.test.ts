import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../i18n/messages.ts';
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS } from './notification-kinds.ts';
import { deliveryLabelKey, eventKey, kindLabelKey, timeAgo } from './notifications.presenter.ts';

describe('notification messages', () => {
	// These keys are built from the kinds at run time, so the generic key check cannot see them.
	const keys = [
		...Object.keys(NOTIFICATION_KINDS).flatMap((kind) => [kindLabelKey(kind), eventKey(kind)]),
		...NOTIFICATION_DELIVERIES.map(deliveryLabelKey)
	];

	it('names every kind and delivery, and says what happened, in every language', () => {
		for (const [locale, messages] of Object.entries(MESSAGES)) {
			expect(
				keys.filter((key) => !(key in messages)),
				locale
			).toEqual([]);
		}
	});
});

describe('timeAgo', () => {
	const now = new Date('2026-03-02T12:00:00.000Z');

	it('says how long ago, in the reader’s language', () => {
		expect(timeAgo('2026-03-02T11:59:40.000Z', now, 'en')).toBe('now');
		expect(timeAgo('2026-03-02T11:55:00.000Z', now, 'en')).toBe('5 minutes ago');
		expect(timeAgo('2026-03-02T09:00:00.000Z', now, 'en')).toBe('3 hours ago');
		expect(timeAgo('2026-03-01T10:00:00.000Z', now, 'en')).toBe('yesterday');
		expect(timeAgo('2026-02-16T12:00:00.000Z', now, 'en')).toBe('2 weeks ago');
		expect(timeAgo('2025-01-01T12:00:00.000Z', now, 'en')).toBe('last year');
		expect(timeAgo('2026-03-02T09:00:00.000Z', now, 'fr')).toBe('il y a 3 heures');
	});
});
