import type { MatrixEntry } from './roles.ts';

/** Discussion threads, posts, reports and their moderation. */
export const DISCUSSION_ROUTES: Record<string, MatrixEntry> = {};
