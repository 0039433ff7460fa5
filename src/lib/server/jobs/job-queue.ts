import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { Database } from '../db/database.ts';
import type { DialectName } from '../db/dialects/index.ts';
import type { JobQueue } from './job.ts';
import { createPgBossQueue } from './pg-boss-queue.ts';
import type { JobQueueOptions } from './queue-options.ts';
import { createSqliteQueue } from './sqlite-queue.ts';

export type { JobQueueOptions } from './queue-options.ts';

/**
 * The job queue of a database: the in-process driver on SQLite, pg-boss on PostgreSQL (ADR 0008).
 * A `DatabaseHandle` fits as it is.
 * @example
 * const queue = createJobQueue(handle, { services: { now, mailer, origin } });
 * await queue.start(PLATFORM_JOBS);
 */
export function createJobQueue(
	database: { db: Kysely<Database>; dialect: DialectName; pool?: pg.Pool },
	options: JobQueueOptions = {}
): JobQueue {
	return database.dialect === 'postgres'
		? createPgBossQueue(database, options)
		: createSqliteQueue(database.db, options);
}
