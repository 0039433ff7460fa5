import type { MatrixEntry } from './roles.ts';

/** The bell, the notifications page, preferences and unsubscribing. */
export const NOTIFICATION_ROUTES: Record<string, MatrixEntry> = {};
