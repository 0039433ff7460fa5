import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { NotificationKind } from './notification-kinds.ts';

/**
 * What a module tells the notifications module when something happened. The recipients are
 * resolved when the fan-out job runs (followers then, not now), the actor is never notified of
 * their own act, and each recipient's preference for the kind decides in-app only, immediate
 * email, daily or weekly digest, or nothing.
 */
export interface NotificationEvent {
	kind: NotificationKind;
	actorUserId: number | null;
	clusterId: number | null;
	subject: { kind: 'thread' | 'post' | 'cluster' | 'membership' | 'report'; id: number };
	/** Plain text, e.g. the thread's title. */
	title: string;
	/** Plain text, at most a few hundred characters, e.g. the start of a post. */
	excerpt?: string;
	/** A path on the site. */
	link: string;
	audience: {
		userIds?: number[];
		/** Everyone following these (threads, clusters). */
		followersOf?: { kind: 'cluster' | 'thread'; id: number }[];
		/** Coordinators of this cluster (editors of its coordinating organizations). */
		coordinatorsOf?: number;
		/** People left out, e.g. those a reply mentions, who hear of it as a mention instead. */
		exceptUserIds?: number[];
	};
}

/** Queues the fan-out of an event in the caller's transaction. Implemented by notify.ts. */
export type Notify = (db: Kysely<Database>, event: NotificationEvent) => Promise<void>;
