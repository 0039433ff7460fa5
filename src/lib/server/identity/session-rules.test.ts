import { describe, expect, it } from 'vitest';
import { needsTouch, SESSION_IDLE_MS, sessionState } from './session-rules.ts';

const at = (iso: string) => new Date(iso);

describe('sessionState', () => {
	const session = {
		last_seen_at: '2026-01-01T00:00:00.000Z',
		expires_at: '2026-01-31T00:00:00.000Z'
	};
	it('is active while used within the idle timeout and before the absolute end', () => {
		expect(sessionState(session, at('2026-01-02T00:00:00.000Z'))).toBe('active');
	});
	it('expires after the idle timeout', () => {
		const idle = new Date(Date.parse(session.last_seen_at) + SESSION_IDLE_MS);
		expect(sessionState(session, idle)).toBe('expired');
	});
	it('expires at the absolute end even when in use', () => {
		expect(
			sessionState(
				{ ...session, last_seen_at: '2026-01-30T23:59:00.000Z' },
				at('2026-01-31T00:00:00.000Z')
			)
		).toBe('expired');
	});
});

describe('needsTouch', () => {
	it('writes the last-seen time at most every five minutes', () => {
		const session = { last_seen_at: '2026-01-01T00:00:00.000Z' };
		expect(needsTouch(session, at('2026-01-01T00:04:59.000Z'))).toBe(false);
		expect(needsTouch(session, at('2026-01-01T00:05:00.000Z'))).toBe(true);
	});
});
