/**
 * How long a sign-in lasts. Idle: city officials share phones and cybercafé computers, so a
 * session left alone for three days ends. Absolute: even an active session is re-authenticated
 * every 30 days. The last-seen time is written at most every five minutes to spare the database.
 */
export const SESSION_IDLE_MS = 3 * 24 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
export const SESSION_TOUCH_MS = 5 * 60 * 1000;

export type SessionState = 'active' | 'expired';

export function sessionState(
	session: { last_seen_at: string; expires_at: string },
	now: Date
): SessionState {
	const time = now.getTime();
	if (time >= Date.parse(session.expires_at)) return 'expired';
	if (time - Date.parse(session.last_seen_at) >= SESSION_IDLE_MS) return 'expired';
	return 'active';
}

export function needsTouch(session: { last_seen_at: string }, now: Date): boolean {
	return now.getTime() - Date.parse(session.last_seen_at) >= SESSION_TOUCH_MS;
}

/** Minimum time a person takes to fill a public form; faster submissions are treated as bots. */
export const MIN_FORM_FILL_MS = 3000;
