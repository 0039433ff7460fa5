import type { EventRow, RegistrationCounts } from './registrations.repository.ts';

/** The public shapes of registrations: one's own place, the event page's panel, the attendees. */

/** Where the asking person stands: no place (never asked, or cancelled), a place, or in line. */
export interface RegistrationState {
	state: 'none' | 'registered' | 'waitlisted';
	/** 1 for the first in line; null unless waitlisted. */
	position: number | null;
}

/** Why registration is closed: the event was cancelled, or it has started. */
export type ClosedReason = 'cancelled' | 'started';

/** What the event page shows about places and the reader's own registration. */
export interface RegistrationPanel extends RegistrationState {
	/** Whether the reader may register at all (signed in); visitors see a sign-in link. */
	canRegister: boolean;
	/** null: no limit. */
	capacity: number | null;
	registeredCount: number;
	waitlistCount: number;
	/** null when there is no limit; never below 0. */
	placesLeft: number | null;
	/** Whether people may register now. */
	open: boolean;
	reason: ClosedReason | null;
}

export interface Attendee {
	name: string;
	email: string;
	organizations: string[];
	status: 'registered' | 'waitlisted' | 'cancelled';
	requestedAt: string;
	promotedAt: string | null;
	cancelledAt: string | null;
	/** Place on the waitlist (1 = next to be promoted); null unless waitlisted. */
	position: number | null;
}

/** The organizers' view: counts, then each list in the order people asked. */
export interface AttendeeList {
	event: {
		slug: string;
		title: string;
		startsAt: string;
		endsAt: string;
		timeZone: string;
		capacity: number | null;
	};
	counts: RegistrationCounts;
	registered: Attendee[];
	waitlisted: Attendee[];
	cancelled: Attendee[];
}

export function presentPanel(
	event: EventRow,
	counts: RegistrationCounts,
	own: RegistrationState,
	canRegister: boolean,
	reason: ClosedReason | null
): RegistrationPanel {
	return {
		...own,
		canRegister,
		capacity: event.capacity,
		registeredCount: counts.registered,
		waitlistCount: counts.waitlisted,
		placesLeft: event.capacity === null ? null : Math.max(0, event.capacity - counts.registered),
		open: reason === null,
		reason
	};
}

export function presentAttendeeList(
	event: EventRow,
	counts: RegistrationCounts,
	attendees: Attendee[]
): AttendeeList {
	return {
		event: {
			slug: event.slug,
			title: event.title,
			startsAt: event.starts_at,
			endsAt: event.ends_at,
			timeZone: event.time_zone,
			capacity: event.capacity
		},
		counts,
		registered: attendees.filter((attendee) => attendee.status === 'registered'),
		waitlisted: attendees.filter((attendee) => attendee.status === 'waitlisted'),
		cancelled: attendees.filter((attendee) => attendee.status === 'cancelled')
	};
}
